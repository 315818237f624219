class Linear(keras.layers.Layer):
    def __init__(self, units=32, input_dim=32, **kwargs):
        super().__init__(**kwargs)
        # 상태: 가중치 w와 b
        self.w = self.add_weight(
            shape=(input_dim, units),
            initializer="random_normal",
            trainable=True,
            name="w",
        )
        self.b = self.add_weight(
            shape=(units,), initializer="zeros", trainable=True, name="b"
        )

    def call(self, inputs):
        # 계산: 입력을 출력으로 바꾸는 정방향 계산
        return ops.matmul(inputs, self.w) + self.b
