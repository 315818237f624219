masked_avg = MaskedAverage()
print("supports_masking:", masked_avg.supports_masking)
result = keras.ops.convert_to_numpy(masked_avg(embedded))  # 마스크는 자동으로 들어갑니다
print("마스크 평균:")
print(np.round(result, 4))

# 직접 계산: 각 시퀀스의 실제 길이만큼만 잘라서 평균을 냅니다.
vectors = keras.ops.convert_to_numpy(embedded)
manual = np.stack([vectors[i, :n].mean(axis=0) for i, n in enumerate(lengths)])
print("직접 계산과 같은가:", np.allclose(result, manual))
print(f"최대 절대 오차: {np.abs(result - manual).max():.2e}")

# 비교: 패딩까지 포함해서 그냥 평균을 내면?
plain = keras.ops.convert_to_numpy(keras.ops.mean(embedded, axis=1))
print("그냥 평균과 같은가 (샘플별):", np.isclose(plain, manual).all(axis=1))
