all_digits = x.reshape(-1, 8, 8, 1)  # 숫자 1797장 전체, 정답 레이블은 쓰지 않습니다.
gan_dataset = (
    tf.data.Dataset.from_tensor_slices(all_digits)
    .shuffle(buffer_size=len(all_digits), seed=42)
    .batch(32)
)

# 훈련 중간중간 같은 잠재 벡터 8개로 숫자를 그려 둡니다.
fixed_latent_vectors = keras.random.normal((8, latent_dim), seed=7)
snapshots = {}

epochs = 40
for epoch in range(1, epochs + 1):
    for real_images in gan_dataset:
        gan_train_step(real_images)
    if epoch in (1, 5, 15, 40):
        snapshots[epoch] = ops.convert_to_numpy(generator(fixed_latent_vectors))[..., 0]
    if epoch % 10 == 0:
        print(f"에포크 {epoch}: d_loss {float(d_loss_tracker.result()):.4f}, "
              f"g_loss {float(g_loss_tracker.result()):.4f}")
    d_loss_tracker.reset_state()
    g_loss_tracker.reset_state()
