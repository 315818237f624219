from sklearn.datasets import load_digits

digits = load_digits()
x = (digits.data / 16.0).astype("float32")  # 0..16 → 0..1
# 원래 가이드처럼 숫자의 값(0..9)을 그대로 정답으로 삼아 회귀합니다.
y = digits.target.astype("float32")
x_train, y_train = x[:1000], y[:1000]
x_test, y_test = x[1000:], y[1000:]


def get_model():
    """콜백을 붙여 볼 작은 모델: Dense 하나로 숫자의 값을 맞힙니다."""
    model = keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(1)])
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=0.1),
        loss="mean_squared_error",
        metrics=["mean_absolute_error"],
    )
    return model


print("훈련:", x_train.shape, "테스트:", x_test.shape)
