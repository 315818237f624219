# 디코더: 잠재 벡터 → Dense → 픽셀 64개
latent_inputs = keras.Input(shape=(latent_dim,), name="z")
x = layers.Dense(intermediate_dim, activation="relu", name="dense_proj")(latent_inputs)
decoder_outputs = layers.Dense(original_dim, activation="sigmoid", name="dense_output")(x)
decoder = keras.Model(latent_inputs, decoder_outputs, name="decoder")

# VAE: 인코더 모델과 디코더 모델을 레이어처럼 호출해 이어 붙입니다.
vae_inputs = keras.Input(shape=(original_dim,), name="vae_input")
_, _, z = encoder(vae_inputs)
vae_outputs = decoder(z)
vae = keras.Model(vae_inputs, vae_outputs, name="vae")
