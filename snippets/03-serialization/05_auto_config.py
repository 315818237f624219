class AutoLinear(keras.layers.Layer):
    # get_config를 구현하지 않았습니다.
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="random_normal")

    def call(self, inputs):
        return ops.matmul(inputs, self.w)


print(AutoLinear(8, name="auto_linear").get_config())
