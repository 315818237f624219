# 숫자 5~9의 샘플 가중치를 0으로: 손실에서 완전히 빠지게 합니다.
sample_weight = np.where(y_train >= 5, 0.0, 1.0).astype("float32")

model = build(CustomModel)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2), loss="sparse_categorical_crossentropy")
try:
    model.fit(x_train, y_train, sample_weight=sample_weight, epochs=1, verbose=2)
except ValueError as e:
    print(f"ValueError: {e}")
