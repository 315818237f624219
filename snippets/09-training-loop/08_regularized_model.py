def get_regularized_model(rate):
    inputs = keras.Input(shape=(64,), name="digits")
    x = layers.Dense(64, activation="relu")(inputs)
    # 첫 은닉 레이어의 활성화에 규제 손실을 겁니다.
    x = ActivityRegularizationLayer(rate=rate)(x)
    x = layers.Dense(64, activation="relu")(x)
    outputs = layers.Dense(10, name="predictions")(x)
    return keras.Model(inputs=inputs, outputs=outputs)


model = get_regularized_model(rate=1e-2)  # 원문의 비율
logits = model(x_batch, training=True)
print("분류 손실:", f"{float(loss_fn(y_batch, logits)):.4f}")
print("model.losses:", len(model.losses), "개,", f"값 {float(model.losses[0]):.4f}")
