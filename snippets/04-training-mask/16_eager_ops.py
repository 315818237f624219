# 레이어가 아닌 연산으로 만든 텐서는 새 객체이므로 마스크가 붙어 있지 않습니다.
scaled = embedded * 2.0
print("embedded에 마스크가 있나:", getattr(embedded, "_keras_mask", None) is not None)
print("embedded * 2.0에 마스크가 있나:", getattr(scaled, "_keras_mask", None) is not None)

# 이때 MaskedAverage는 mask=None을 받아 패딩까지 평균에 넣습니다.
lost = keras.ops.convert_to_numpy(MaskedAverage()(scaled))
print("마스크가 빠진 결과 == 2 * 직접 계산:", np.allclose(lost, 2 * manual))

# 마스크를 직접 넘겨 주면 다시 올바르게 계산됩니다.
mask = embedding.compute_mask(padded)
fixed = keras.ops.convert_to_numpy(MaskedAverage()(scaled, mask=mask))
print("mask=를 직접 넘긴 결과 == 2 * 직접 계산:", np.allclose(fixed, 2 * manual))
