class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        # name, dtype, trainable 같은 표준 인자는 부모 클래스가 처리합니다.
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(
            shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True
        )
        self.b = self.add_weight(shape=(self.units,), initializer="random_normal", trainable=True)

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b

    def get_config(self):
        config = super().get_config()  # 부모 클래스가 만든 구성에
        config.update({"units": self.units})  # 이 레이어의 인자를 더합니다.
        return config


layer = Linear(64, name="my_linear", dtype="float64", trainable=False)
config = layer.get_config()
print("config:", config)
print("부모 클래스(Layer)가 넣는 키:", sorted(keras.layers.Layer.get_config(layer)))

new_layer = Linear.from_config(config)
print("다시 만든 레이어:", new_layer.name, new_layer.dtype, new_layer.trainable, new_layer.units)
