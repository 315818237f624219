inputs = keras.Input(shape=(None,), dtype="int32")  # 길이를 정하지 않은 정수 시퀀스
h = embedding(inputs)  # 위에서 쓴 임베딩 레이어(같은 가중치)를 다시 씁니다
print("기호 텐서 h의 마스크:", h._keras_mask.shape, h._keras_mask.dtype)
h = Double()(h)
print("Double 뒤의 마스크:", h._keras_mask.shape, h._keras_mask.dtype)
outputs = MaskedAverage()(h)
print("MaskedAverage 뒤의 마스크:", getattr(outputs, "_keras_mask", None))
model = keras.Model(inputs, outputs)

eager_out = keras.ops.convert_to_numpy(model(padded))
graph_out = model.predict(padded, verbose=0)
print("model(padded) == 2 * 직접 계산:", np.allclose(eager_out, 2 * manual))
print("model.predict(padded) == 2 * 직접 계산:", np.allclose(graph_out, 2 * manual))
