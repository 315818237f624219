import json

custom_layer = LayerWithCustomBuild(units=16)
custom_layer.build(input_shape=(64,), layer_init="random_normal")
print("get_build_config():", custom_layer.get_build_config())
print("기본 구현이라면:", keras.layers.Layer.get_build_config(custom_layer))

model = keras.Sequential([custom_layer, keras.layers.Dense(1, activation="sigmoid")])
y_pred = model(x[:16])

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "custom_build_model.keras")
    model.save(path)
    restored_model = keras.saving.load_model(path)
    with zipfile.ZipFile(path) as zf:
        layer_configs = json.loads(zf.read("config.json"))["config"]["layers"]

# config.json에서 이 레이어의 항목을 찾아 build_config를 봅니다.
saved = next(c for c in layer_configs if c["class_name"] == "LayerWithCustomBuild")
print("config.json의 build_config:", saved["build_config"])

restored_layer = restored_model.layers[0]
print("복원한 레이어의 get_build_config():", restored_layer.get_build_config())
print("복원한 가중치의 형태:", [tuple(w.shape) for w in restored_layer.weights])
print("출력이 같은가:", np.array_equal(y_pred, restored_model(x[:16])))
