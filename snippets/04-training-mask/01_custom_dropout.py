class CustomDropout(keras.layers.Layer):
    def __init__(self, rate, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate
        # 난수 상태를 레이어가 직접 들고 있게 합니다.
        # 호출할 때마다 상태가 한 걸음씩 진행되어 매번 다른 드롭아웃 패턴이 나옵니다.
        self.seed_generator = keras.random.SeedGenerator(1337)

    def call(self, inputs, training=False):
        if training:
            return keras.random.dropout(inputs, self.rate, seed=self.seed_generator)
        return inputs
