import h5py

model = keras.Sequential([keras.Input(shape=(64,)), LayerWithCustomVariable(10)])
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, y_onehot, epochs=1, verbose=2)

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "custom_vars_model.keras")
    model.save(path)
    restored_model = keras.saving.load_model(path)

    # .keras 파일(zip) 안의 model.weights.h5에서 이 레이어의 store를 열어 봅니다.
    with zipfile.ZipFile(path) as zf, zf.open("model.weights.h5") as f, h5py.File(f, "r") as h5:
        stored = h5["layers/layer_with_custom_variable/vars"]
        print("파일 안의 store:", [(key, stored[key].shape) for key in stored])

print("원래 my_variable:  ", np.round(model.layers[0].my_variable.numpy()[:4], 4))
print("복원한 my_variable:", np.round(restored_model.layers[0].my_variable.numpy()[:4], 4))
print("출력이 같은가:", np.array_equal(model(x), restored_model(x)))
