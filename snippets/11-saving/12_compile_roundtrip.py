import json

model = ModelWithCustomCompile()
model.compile(optimizer="SGD", loss_fn=small_square_sum_loss, metrics=["accuracy", mean_pred])
model.fit(x4, y4, batch_size=8, verbose=2)

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "custom_compile_model.keras")
    model.save(path)
    restored_model = keras.saving.load_model(path)
    with zipfile.ZipFile(path) as zf:
        compile_config = json.loads(zf.read("config.json"))["compile_config"]

print("config.json의 compile_config:")
for key, value in compile_config.items():
    print(f"  {key}: {json.dumps(value)}")


def describe(obj):
    # 문자열은 그대로, 함수는 이름으로 보여 줍니다.
    return obj if isinstance(obj, str) else obj.__name__


print("loss_fn:", describe(model.loss_fn), "→", describe(restored_model.loss_fn))
print("metrics:", [describe(m) for m in model.loss_metrics], "→",
      [describe(m) for m in restored_model.loss_metrics])
before = model.evaluate(x4, y4, batch_size=8, verbose=0, return_dict=True)
after = restored_model.evaluate(x4, y4, batch_size=8, verbose=0, return_dict=True)
print("원래 모델의 evaluate():  ", {k: round(v, 4) for k, v in before.items()})
print("복원한 모델의 evaluate():", {k: round(v, 4) for k, v in after.items()})
