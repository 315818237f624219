import os
import tempfile

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "digits.weights.h5")
    model.save_weights(path)

    restored = DigitClassifier(hidden_units=32)
    try:
        restored.load_weights(path)  # 아직 가중치가 없는 모델
    except ValueError as e:
        print(f"ValueError: {e}")

    restored(x_test[:1])  # 먼저 한 번 호출해 가중치를 만들고
    restored.load_weights(path)  # 그다음 불러옵니다

before = model.predict(x_test, verbose=0)
after = restored.predict(x_test, verbose=0)
print("예측이 똑같은가:", np.array_equal(before, after))
print("최대 절대 차이:", np.abs(before - after).max())
