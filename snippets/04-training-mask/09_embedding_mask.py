embedding = keras.layers.Embedding(input_dim=10, output_dim=4, mask_zero=True)
embedded = embedding(padded)
print("임베딩 출력 형태:", tuple(embedded.shape))

# 입력만 보고 마스크를 계산합니다: 0이 아닌 자리만 True
print("compute_mask(padded):")
print(keras.ops.convert_to_numpy(embedding.compute_mask(padded)))

# 레이어를 호출하면 같은 마스크가 출력 텐서에 붙어서 나옵니다.
print("출력 텐서에 붙은 마스크:")
print(keras.ops.convert_to_numpy(embedded._keras_mask))
