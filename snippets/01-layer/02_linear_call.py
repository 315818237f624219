x = ops.ones((2, 2))
linear_layer = Linear(units=4, input_dim=2)
y = linear_layer(x)  # __call__()이 준비를 마친 뒤 call()을 부릅니다.
print(y)

# 레이어는 add_weight로 만든 가중치를 스스로 추적합니다.
assert linear_layer.weights == [linear_layer.w, linear_layer.b]
for w in linear_layer.weights:
    print(w.name, w.path, w.shape, "trainable" if w.trainable else "non-trainable")
