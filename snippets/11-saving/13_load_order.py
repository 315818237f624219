@keras.saving.register_keras_serializable(package="my_custom_package")
class TracedModel(keras.Model):
    """불러올 때 어떤 메서드가 어떤 순서로 불리는지 출력합니다."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(2)

    def call(self, inputs):
        return self.dense(inputs)

    def build_from_config(self, config):
        print("1. build_from_config:", config)
        super().build_from_config(config)

    def compile_from_config(self, config):
        print("2. compile_from_config:", sorted(config))
        super().compile_from_config(config)

    def load_own_variables(self, store):
        print("3. load_own_variables:", list(store.keys()))
        super().load_own_variables(store)

    def save_assets(self, inner_path):
        with open(os.path.join(inner_path, "note.txt"), "w", encoding="utf-8") as f:
            f.write("메모")

    def load_assets(self, inner_path):
        print("4. load_assets:", sorted(os.listdir(inner_path)))


model = TracedModel()
model.compile(optimizer="adam", loss="mse")
# 한 번 훈련해 두어야 옵티마이저의 변수까지 만들어져 저장됩니다.
model.fit(x[:32], np.zeros((32, 2)), verbose=2)

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "traced_model.keras")
    model.save(path)
    restored_model = keras.saving.load_model(path)
