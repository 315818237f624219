class MLPBlock(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # 속성에 할당한 레이어는 바깥 레이어가 추적합니다.
        self.linear_1 = Linear(32)
        self.linear_2 = Linear(32)
        self.linear_3 = Linear(1)

    def call(self, inputs):
        x = self.linear_1(inputs)
        x = keras.activations.relu(x)
        x = self.linear_2(x)
        x = keras.activations.relu(x)
        return self.linear_3(x)


mlp = MLPBlock()
y = mlp(ops.ones(shape=(3, 64)))  # 첫 호출에서 모든 가중치가 만들어집니다.
print("weights:", len(mlp.weights))
print("trainable weights:", len(mlp.trainable_weights))
for attr in ("linear_1", "linear_2", "linear_3"):
    layer = getattr(mlp, attr)
    print(f"mlp.{attr} → 이름 {layer.name}:", layer.w.shape, layer.b.shape)
print(y)
