class OuterLayer(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.activity_reg = ActivityRegularizationLayer(rate=1e-2)

    def call(self, inputs):
        return self.activity_reg(inputs)


layer = OuterLayer()
print("호출 전:", len(layer.losses))

_ = layer(ops.ones((1, 1)))
print("첫 번째 호출 뒤:", len(layer.losses))

# 바깥 레이어를 다시 호출하면 안쪽 레이어의 손실도 함께 비워진 뒤 새로 쌓입니다.
_ = layer(ops.ones((1, 1)))
print("두 번째 호출 뒤:", len(layer.losses))
print("바깥 레이어가 모은 손실:", [round(float(loss), 4) for loss in layer.losses])
print("안쪽 레이어 자신의 손실:", [round(float(loss), 4) for loss in layer.activity_reg.losses])
