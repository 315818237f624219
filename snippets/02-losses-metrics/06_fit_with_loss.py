def make_model():
    # 커스텀 레이어도 내장 레이어처럼 Sequential 모델에 넣을 수 있습니다.
    return keras.Sequential(
        [
            keras.Input(shape=(3,)),  # 입력 형태를 알려 줍니다.
            keras.layers.Dense(3),
            ActivityRegularizationLayer(rate=1e-2),
        ]
    )


x_train = np.random.random((64, 3)).astype("float32")
y_train = np.random.random((64, 3)).astype("float32")

model = make_model()
# compile에 손실을 주면 add_loss로 더한 손실이 그 손실에 더해집니다.
model.compile(optimizer="adam", loss="mse")
history = model.fit(x_train, y_train, batch_size=16, epochs=2, verbose=2)
