# 함수형 모델에서도 레이어 대신 연산을 끼우면 마스크가 끊깁니다.
# (Double 대신 h + h. Keras 3.15.1에서 기호 텐서에 h * 2.0처럼 파이썬 숫자를 곱하면
#  다음 레이어에서 엉뚱한 형태 추론 오류가 나므로 여기서는 덧셈을 씁니다.)
inputs = keras.Input(shape=(None,), dtype="int32")
h = embedding(inputs)
h = h + h
print("h + h 뒤의 마스크:", getattr(h, "_keras_mask", None))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    op_model = keras.Model(inputs, MaskedAverage()(h))
    op_out = keras.ops.convert_to_numpy(op_model(padded))
print("모델을 만들고 부르는 동안 나온 경고:", len(caught))

plain = keras.ops.convert_to_numpy(keras.ops.mean(embedded, axis=1))  # 패딩까지 넣은 평균
print("model(padded) == 2 * 직접 계산:", np.allclose(op_out, 2 * manual))
print("model(padded) == 2 * 패딩까지 넣은 평균:", np.allclose(op_out, 2 * plain))
