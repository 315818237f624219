@keras.saving.register_keras_serializable(package="my_custom_package")
class LayerWithCustomBuild(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.w) + self.b

    def get_config(self):
        return dict(units=self.units, **super().get_config())

    def build(self, input_shape, layer_init):
        # build()에 인자 layer_init을 더했으므로, 케라스가 처음 call()하면서
        # build(input_shape)를 부를 수 없습니다. 처음 쓰기 전에 직접 부릅니다.
        super().build(input_shape)
        self._input_shape = input_shape
        self.w = self.add_weight(
            shape=(input_shape[-1], self.units),
            initializer=layer_init,
            trainable=True,
        )
        self.b = self.add_weight(
            shape=(self.units,),
            initializer=layer_init,
            trainable=True,
        )
        self.layer_init = layer_init

    def get_build_config(self):
        # build()를 다시 부르는 데 필요한 것: 입력 형태와 초기화 방법
        return {
            "layer_init": self.layer_init,
            "input_shape": self._input_shape,
        }

    def build_from_config(self, config):
        # 불러올 때 저장해 둔 인자로 build()를 부릅니다.
        self.build(config["input_shape"], config["layer_init"])
