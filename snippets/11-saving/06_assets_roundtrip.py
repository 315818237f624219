model = keras.Sequential(
    [keras.Input(shape=(64,)), LayerWithCustomAssets(vocab="메리에게는 <unk> 양이 있었어요.", units=5)]
)

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "custom_assets_model.keras")
    model.save(path)
    restored_model = keras.saving.load_model(path)
    with zipfile.ZipFile(path) as zf:
        print("zip 안의 파일:", zf.namelist())

print("원래 vocab:  ", model.layers[0].vocab)
print("복원한 vocab:", restored_model.layers[0].vocab)
print("구성에 vocab이 있나:", "vocab" in restored_model.layers[0].get_config())
