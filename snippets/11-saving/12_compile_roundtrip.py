model = ModelWithCustomCompile()
model.compile(optimizer="adam", loss_fn=small_square_sum_loss, metrics=["accuracy", mean_pred])
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
print("옵티마이저:", type(model.optimizer).__name__, "→", type(restored_model.optimizer).__name__)
print("iterations:", int(model.optimizer.iterations), "→", int(restored_model.optimizer.iterations))
saved_vars, restored_vars = model.optimizer.variables, restored_model.optimizer.variables
same_state = len(saved_vars) == len(restored_vars) and all(
    np.array_equal(a, b) for a, b in zip(saved_vars, restored_vars)
)
print(f"옵티마이저 변수 {len(saved_vars)}개가 모두 같은가:", same_state)

before = model.evaluate(x4, y4, batch_size=8, verbose=0, return_dict=True)
after = restored_model.evaluate(x4, y4, batch_size=8, verbose=0, return_dict=True)
print("원래 모델의 evaluate():  ", {k: round(v, 4) for k, v in before.items()})
print("복원한 모델의 evaluate():", {k: round(v, 4) for k, v in after.items()})
