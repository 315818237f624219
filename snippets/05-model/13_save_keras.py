with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "digits.keras")
    model.save(path)
    loaded = keras.saving.load_model(path)

print("불러온 모델의 클래스:", type(loaded).__name__)
config = loaded.get_config()
print("구성:", {k: config[k] for k in ["name", "hidden_units", "num_classes", "dropout_rate"]})
print("예측이 똑같은가:", np.array_equal(before, loaded.predict(x_test, verbose=0)))
