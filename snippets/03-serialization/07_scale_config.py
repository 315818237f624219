class Scale(keras.layers.Layer):
    def __init__(self, initializer="ones", **kwargs):
        super().__init__(**kwargs)
        # 문자열, 구성 딕셔너리, 객체 어느 것을 받아도 초기화 함수 객체로 바꿉니다.
        self.initializer = keras.initializers.get(initializer)

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(), initializer=self.initializer)

    def call(self, inputs):
        return inputs * self.scale

    def get_config(self):
        config = super().get_config()
        # 객체는 JSON으로 저장할 수 있는 구성 딕셔너리로 바꿔 넣습니다.
        config.update({"initializer": keras.initializers.serialize(self.initializer)})
        return config


layer = Scale(keras.initializers.Constant(2.0), name="scale")
config = layer.get_config()
print("initializer 항목:", config["initializer"])

new_layer = Scale.from_config(config)
print("다시 만든 레이어의 출력:", new_layer(ops.ones((1, 3))))
