vae.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss=reconstruction_loss,  # 배치에 대한 평균은 케라스가 냅니다.
)
epochs = 60
history = vae.fit(x_train, x_train, epochs=epochs, batch_size=128, verbose=0)

# 60줄을 다 찍지 않고 10 에포크마다 손실을 봅니다.
for epoch in [1, *range(10, epochs + 1, 10)]:
    print(f"에포크 {epoch:2d}/{epochs} - 손실: {history.history['loss'][epoch - 1]:.4f}")
