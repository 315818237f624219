# 표준정규분포 N(0, I)에서 잠재 벡터 40개를 뽑아 디코더로 새 숫자를 그립니다.
z_samples = keras.random.normal((40, latent_dim), seed=0)
generated = ops.convert_to_numpy(vae.decoder(z_samples))
show_digits(generated.reshape(4, 10, 64))
