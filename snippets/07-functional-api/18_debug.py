class Probe(keras.layers.Layer):
    """입력을 그대로 넘기면서, 훈련 중에 call()이 실행되면 한 줄을 찍는 레이어."""

    def call(self, inputs, training=None):
        # 함수형 모델 안의 커스텀 레이어에서도 call() 안은 평범한 파이썬입니다: if 와 print 를 씁니다.
        if training:
            print("  call() 실행: 입력 형태", tuple(inputs.shape))
        return inputs


probe_inputs = keras.Input(shape=(64,))
probe_model = keras.Model(probe_inputs, keras.layers.Dense(10)(Probe()(probe_inputs)))
x_small, y_small = x_train[:64], np.zeros((64, 10), dtype="float32")

print("fit() 기본 (스텝 함수를 그래프로 트레이싱):")
probe_model.compile(optimizer="adam", loss="mse")
history = probe_model.fit(x_small, y_small, batch_size=16, epochs=1, verbose=0)

print("fit(), run_eagerly=True (스텝마다 파이썬으로 실행):")
probe_model.compile(optimizer="adam", loss="mse", run_eagerly=True)
history = probe_model.fit(x_small, y_small, batch_size=16, epochs=1, verbose=0)
