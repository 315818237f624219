from sklearn.datasets import load_digits

# 8×8 손글씨 숫자 1797장: 픽셀 64개(0~16)와 정답 숫자(0~9)
digits = load_digits()
x_digits = digits.data.astype("float32") / 16.0
y_digits = digits.target

model = keras.Sequential(
    [
        keras.Input(shape=(64,)),
        Linear(32, trainable=False, name="frozen"),  # 얼려 둔 레이어
        keras.layers.ReLU(),
        Linear(10, name="classifier"),
    ],
    name="digit_model",
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
before = [ops.convert_to_numpy(w) for w in model.weights]
model.fit(x_digits, y_digits, epochs=5, batch_size=64, verbose=2)

# 훈련 전과 후의 가중치를 비교합니다.
for w, old in zip(model.weights, before):
    changed = not np.array_equal(old, ops.convert_to_numpy(w))
    kind = "trainable" if w.trainable else "non-trainable"
    print(f"{w.path:<26} {kind:<14} 바뀌었는가: {changed}")
