model = get_model()
early_stopping = EarlyStoppingAtMinLoss(patience=2)
history = model.fit(
    x_train, y_train, batch_size=64, epochs=30, verbose=0, callbacks=[early_stopping]
)
losses = history.history["loss"]
print("에포크별 손실:", [round(v, 2) for v in losses])
print("가장 작은 손실:", round(early_stopping.best, 3))
# 지금 모델의 가중치가 보관해 둔 가중치와 같은지 확인합니다.
same = all(np.array_equal(a, b) for a, b in zip(model.get_weights(), early_stopping.best_weights))
print("가장 좋았던 가중치로 되돌아왔나:", same)
