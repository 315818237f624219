# 레이어는 add_weight로 만든 가중치를 스스로 추적합니다.
assert linear_layer.weights == [linear_layer.w, linear_layer.b]
for w in linear_layer.weights:
    print(w.path, w.shape, "trainable" if w.trainable else "non-trainable")
