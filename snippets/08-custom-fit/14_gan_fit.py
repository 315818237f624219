# 숫자 1797장 전체를 (8, 8, 1) 이미지로 씁니다. 정답 레이블은 쓰지 않습니다.
all_digits = x.reshape(-1, 8, 8, 1)
dataset = (
    tf.data.Dataset.from_tensor_slices(all_digits)
    .shuffle(buffer_size=len(all_digits), seed=42)
    .batch(32)
)

gan = GAN(discriminator=discriminator, generator=generator, latent_dim=latent_dim)
gan.compile(
    d_optimizer=keras.optimizers.Adam(learning_rate=0.002, beta_1=0.5),
    g_optimizer=keras.optimizers.Adam(learning_rate=0.002, beta_1=0.5),
    loss_fn=keras.losses.BinaryCrossentropy(from_logits=True),
)
# 데이터셋이 이미 섞으므로 fit()의 shuffle은 끕니다 (켜 두면 무시된다는 경고가 납니다).
history = gan.fit(dataset, epochs=40, shuffle=False, verbose=0)
for epoch in [1, 10, 20, 30, 40]:
    print(f"에포크 {epoch:2d}: d_loss {history.history['d_loss'][epoch - 1]:.4f}, "
          f"g_loss {history.history['g_loss'][epoch - 1]:.4f}")
