# 원래 가이드의 코드 (데이터만 숫자 손글씨로 바꿈)
@keras.saving.register_keras_serializable(package="my_custom_package")
class LayerWithCustomVariable(keras.layers.Dense):
    def __init__(self, units, **kwargs):
        super().__init__(units, **kwargs)
        self.my_variable = keras.Variable(
            np.random.random((units,)), name="my_variable", dtype="float32"
        )

    def save_own_variables(self, store):
        super().save_own_variables(store)
        # 저장할 때 변수의 값을 store에 넣습니다.
        store["variables"] = self.my_variable.numpy()

    def load_own_variables(self, store):
        # 불러올 때 변수에 값을 넣습니다.
        self.my_variable.assign(store["variables"])
        # 나머지 가중치를 불러옵니다.
        for i, v in enumerate(self.weights):
            v.assign(store[f"{i}"])

    def call(self, inputs):
        dense_out = super().call(inputs)
        return dense_out + self.my_variable


model = keras.Sequential([keras.Input(shape=(64,)), LayerWithCustomVariable(10)])
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, y_onehot, epochs=1, verbose=2)

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "custom_vars_model.keras")
    model.save(path)
    try:
        restored_model = keras.saving.load_model(path)
    except ValueError as e:
        # 메시지가 길어서 앞의 두 문장만 보여 줍니다.
        lines = [line for line in str(e).splitlines() if line]
        print("ValueError:", lines[0])
        print(lines[1].split(" Target variable")[0])

# 무엇이 어긋났는지: self.weights의 순서와, save_own_variables()가 store에 넣은 것
layer = model.layers[0]
print("self.weights:", [(w.name, tuple(w.shape)) for w in layer.weights])
store = {}
layer.save_own_variables(store)
print("store:       ", [(key, tuple(value.shape)) for key, value in store.items()])
