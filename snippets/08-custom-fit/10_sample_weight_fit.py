model = build(WeightedModel)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],           # 샘플 가중치를 쓰지 않는 지표
    weighted_metrics=["accuracy"],  # 샘플 가중치를 쓰는 지표 (이름: weighted_accuracy)
)
model.fit(x_train, y_train, sample_weight=sample_weight, epochs=3, verbose=2)

# 테스트 데이터에서 예측한 숫자별 개수
predicted = model.predict(x_test, verbose=0).argmax(axis=1)
print("예측한 숫자별 개수:", np.bincount(predicted, minlength=10))
