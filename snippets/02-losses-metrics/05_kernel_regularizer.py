class OuterLayerWithKernelRegularizer(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(
            32, kernel_regularizer=keras.regularizers.l2(1e-3)
        )

    def call(self, inputs):
        return self.dense(inputs)


layer = OuterLayerWithKernelRegularizer()
print("호출 전 (가중치가 아직 없음):", layer.losses)

_ = layer(ops.zeros((1, 1)))
print("호출 뒤:", [round(float(loss), 6) for loss in layer.losses])
# kernel_regularizer가 만든 손실은 1e-3 * sum(kernel ** 2) 입니다.
print("직접 계산:", round(float(1e-3 * ops.sum(layer.dense.kernel**2)), 6))

# 가중치 규제 손실은 losses를 읽을 때마다 현재 가중치로 다시 계산됩니다.
layer.dense.kernel.assign(ops.ones((1, 32)))
print("kernel을 모두 1로 바꾼 뒤:", [round(float(loss), 6) for loss in layer.losses])
