def make_model():
    inputs = keras.Input(shape=(3,))
    x = keras.layers.Dense(3)(inputs)
    outputs = ActivityRegularizationLayer(rate=1e-2)(x)
    return keras.Model(inputs, outputs)


x_train = np.random.random((64, 3)).astype("float32")
y_train = np.random.random((64, 3)).astype("float32")

model = make_model()
# compile에 손실을 주면 add_loss로 더한 손실이 그 손실에 더해집니다.
model.compile(optimizer="adam", loss="mse")
history = model.fit(x_train, y_train, batch_size=16, epochs=2, verbose=2)
