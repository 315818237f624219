# 고친 코드: tf.Variable 대신 keras.Variable을 쓰면 레이어가 추적합니다.
class FixedLinear(keras.layers.Layer):
    def __init__(self, units=32, input_dim=32, **kwargs):
        super().__init__(**kwargs)
        self.w = keras.Variable(
            keras.initializers.RandomNormal()(shape=(input_dim, units)), name="w"
        )
        self.b = keras.Variable(keras.initializers.Zeros()(shape=(units,)), name="b")

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b


fixed_layer = FixedLinear(units=5, input_dim=3)
print("추적된 가중치 수:", len(fixed_layer.weights))
print([w.path for w in fixed_layer.weights])
