def reconstruction_loss(x, reconstructed):
    """앞 페이지와 같은 재구성 손실: 이미지마다 픽셀 64개의 이진 교차 엔트로피를 더합니다."""
    return ops.sum(ops.binary_crossentropy(x, reconstructed), axis=-1)


vae.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss=reconstruction_loss,
)
epochs = 60
history = vae.fit(x_train, x_train, epochs=epochs, batch_size=128, verbose=0)
for epoch in [1, *range(10, epochs + 1, 10)]:
    print(f"에포크 {epoch:2d}/{epochs} - 손실: {history.history['loss'][epoch - 1]:.4f}")
