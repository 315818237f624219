# add_loss를 쓰지 않는 모델을 손실 없이 컴파일하면, 최소화할 값이 하나도 없습니다.
plain_model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(3)])
plain_model.compile(optimizer="adam")
try:
    plain_model.fit(x_train, y_train, batch_size=16, epochs=1, verbose=2)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
