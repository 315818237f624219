intermediate_dim = 64  # 앞 페이지와 같은 크기
latent_dim = 4

# 인코더: 입력 → Dense → (z_mean, z_log_var) → KL 손실 → 샘플링
encoder_inputs = keras.Input(shape=(original_dim,), name="pixels")
x = layers.Dense(intermediate_dim, activation="relu", name="dense_proj")(encoder_inputs)
z_mean = layers.Dense(latent_dim, name="z_mean")(x)
z_log_var = layers.Dense(latent_dim, name="z_log_var")(x)
z_mean, z_log_var = KLDivergenceLoss(name="kl_loss")((z_mean, z_log_var))
z = Sampling(name="sampling")((z_mean, z_log_var))
encoder = keras.Model(encoder_inputs, [z_mean, z_log_var, z], name="encoder")

# 아직 데이터를 넣지 않았지만 모든 텐서의 형태가 이미 정해져 있습니다.
print("encoder_inputs:", encoder_inputs.shape)
print("x:", x.shape)
print("z:", z.shape)
