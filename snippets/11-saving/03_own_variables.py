@keras.saving.register_keras_serializable(package="my_custom_package")
class LayerWithCustomVariable(keras.layers.Dense):
    def __init__(self, units, **kwargs):
        super().__init__(units, **kwargs)
        self.my_variable = keras.Variable(
            np.random.random((units,)), name="my_variable", dtype="float32"
        )

    def save_own_variables(self, store):
        # kernel과 bias는 Dense가 자기 방식대로 "0", "1"에 저장합니다.
        super().save_own_variables(store)
        # 우리 변수는 "variables"라는 키로 저장합니다.
        store["variables"] = self.my_variable.numpy()

    def load_own_variables(self, store):
        # kernel과 bias는 Dense가 저장한 방식 그대로 불러오게 맡깁니다.
        super().load_own_variables(store)
        # 우리 변수는 "variables"에서 불러옵니다.
        self.my_variable.assign(store["variables"])

    def call(self, inputs):
        dense_out = super().call(inputs)
        return dense_out + self.my_variable
