@keras.saving.register_keras_serializable(package="serialization_guide")
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(
            shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True
        )
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True)

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config


@keras.saving.register_keras_serializable(package="serialization_guide")
class MLPBlock(keras.layers.Layer):
    def __init__(self, hidden_units=32, output_units=10, **kwargs):
        super().__init__(**kwargs)
        self.hidden_units = hidden_units
        self.output_units = output_units
        self.linear_1 = Linear(hidden_units)
        self.linear_2 = Linear(output_units)

    def build(self, input_shape):
        # 안쪽 레이어의 가중치를 여기서 만들어 두면, 불러올 때도 가중치가 미리 준비됩니다.
        self.linear_1.build(input_shape)
        # linear_2는 linear_1의 출력을 받으므로, 입력의 마지막 차원이 hidden_units입니다.
        self.linear_2.build((*input_shape[:-1], self.hidden_units))

    def call(self, inputs):
        x = ops.relu(self.linear_1(inputs))
        return self.linear_2(x)

    def get_config(self):
        # 안쪽 레이어는 구성에 넣지 않습니다. __init__이 같은 인자로 다시 만들기 때문입니다.
        config = super().get_config()
        config.update({"hidden_units": self.hidden_units, "output_units": self.output_units})
        return config


print(keras.saving.get_registered_name(Linear))
print(keras.saving.get_registered_name(MLPBlock))

# 호출하지 않고 build()에 입력 형태만 주어도 안쪽 레이어의 가중치가 모두 만들어집니다.
block = MLPBlock()
block.build((None, 64))
print("build() 뒤 가중치 수:", len(block.weights))
