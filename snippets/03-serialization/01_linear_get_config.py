class Linear(keras.layers.Layer):
    def __init__(self, units=32):  # 원래 가이드처럼 **kwargs 없이 시작합니다.
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(
            shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True
        )
        self.b = self.add_weight(shape=(self.units,), initializer="random_normal", trainable=True)

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b

    def get_config(self):
        # 이 레이어를 다시 만드는 데 필요한 생성자 인자를 돌려줍니다.
        return {"units": self.units}


layer = Linear(64)
_ = layer(ops.ones((2, 3)))  # 가중치를 만듭니다.
config = layer.get_config()
print("config:", config)

# from_config는 config로 생성자를 다시 부릅니다: Linear(**config)
new_layer = Linear.from_config(config)
print("새 레이어의 config:", new_layer.get_config())
print("가중치 수 (원래 레이어 / 새 레이어):", len(layer.weights), "/", len(new_layer.weights))
