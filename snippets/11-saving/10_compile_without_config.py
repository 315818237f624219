import warnings

model = CustomCompileModel()
model.compile(optimizer="adam", loss_fn=small_square_sum_loss, metrics=["accuracy", mean_pred])
model.fit(x4, y4, batch_size=8, verbose=2)

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "custom_compile_model.keras")
    model.save(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        restored_model = keras.saving.load_model(path)

for w in caught:
    print(f"{w.category.__name__}: {w.message}")
print("optimizer가 있나:", hasattr(restored_model, "optimizer"))
try:
    restored_model.evaluate(x4, y4, batch_size=8, verbose=0)
except ValueError as e:
    print(f"ValueError: {e}")
