class ActivityRegularizationLayer(keras.layers.Layer):
    """입력은 그대로 내보내고, 입력 합에 비례하는 손실을 덧붙이는 레이어입니다."""

    def __init__(self, rate=1e-2, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        # 손실 객체가 아니라, keras.ops로 계산한 손실 값(스칼라 텐서)을 넘깁니다.
        self.add_loss(self.rate * ops.sum(inputs))
        return inputs
