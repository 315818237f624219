# call()의 파이썬 코드가 실행될 때마다 받은 training 값을 여기에 적습니다.
seen = []


class TrainingProbe(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # call()이 실제로 계산된 횟수를 세는 변수입니다.
        # 파이썬 리스트와 달리 그래프 안에서 실행될 때도 값이 늘어납니다.
        self.runs = self.add_weight(
            shape=(), initializer="zeros", dtype="int32", trainable=False, name="runs"
        )

    def call(self, inputs, training=None):
        seen.append(training)
        self.runs.assign_add(1)
        return inputs


probe = TrainingProbe()
model = keras.Sequential([keras.Input(shape=(5,)), probe, keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
print("모델을 만든 직후:", seen)


def report(label):
    runs = int(keras.ops.convert_to_numpy(probe.runs))
    print(f"{label}: seen={seen}, runs={runs}")
    seen.clear()
    probe.runs.assign(0)


seen.clear()
