class TFLinear(keras.layers.Layer):
    """TensorFlow 백엔드에서만 동작하는 버전: ops 대신 tf.* 를 씁니다."""

    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units))
        self.b = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        return tf.nn.relu(tf.matmul(inputs, self.w) + self.b)


print("현재 백엔드:", keras.backend.backend())
tf_layer = TFLinear(units=2)
print(tf_layer(tf.ones((1, 3))))
