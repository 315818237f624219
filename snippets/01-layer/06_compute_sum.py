class ComputeSum(keras.layers.Layer):
    def __init__(self, input_dim, **kwargs):
        super().__init__(**kwargs)
        # 훈련되지 않는 가중치: 옵티마이저가 바꾸지 않고, 우리가 직접 갱신합니다.
        self.total = self.add_weight(
            shape=(input_dim,), initializer="zeros", trainable=False, name="total"
        )

    def call(self, inputs):
        # 열마다 더한 값을 지금까지의 합계에 누적합니다.
        self.total.assign_add(ops.sum(inputs, axis=0))
        return self.total


x = ops.ones((2, 2))
my_sum = ComputeSum(2)
y = my_sum(x)
print(ops.convert_to_numpy(y))
y = my_sum(x)
print(ops.convert_to_numpy(y))
