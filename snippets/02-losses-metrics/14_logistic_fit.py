model = LogisticModel()
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01))  # 손실은 모델이 직접 계산합니다.
history = model.fit(x_digits, y_digits, batch_size=64, epochs=3, verbose=2)
