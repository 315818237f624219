class Wrapper(keras.layers.Layer):
    """안쪽 레이어를 부르기만 하고 training은 넘기지 않는 바깥 레이어"""

    def __init__(self, inner, **kwargs):
        super().__init__(**kwargs)
        self.inner = inner

    def call(self, inputs):  # training을 받지도 않습니다
        return self.inner(inputs)


wrapper = Wrapper(probe)
wrapper(x_probe, training=True)
report("Wrapper에 training=True")
wrapper(x_probe)
report("Wrapper에 아무것도 넘기지 않음")
