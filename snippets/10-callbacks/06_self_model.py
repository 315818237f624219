class PredictionMonitor(keras.callbacks.Callback):
    """에포크가 끝날 때마다 샘플 몇 개를 self.model로 예측해 봅니다."""

    def __init__(self, x_sample, y_sample):
        super().__init__()
        self.x_sample = x_sample
        self.y_sample = y_sample

    def on_train_begin(self, logs=None):
        print("정답:       ", self.y_sample.tolist())

    def on_epoch_end(self, epoch, logs=None):
        # self.model은 지금 훈련하고 있는 모델입니다.
        pred = self.model.predict(self.x_sample, verbose=0)[:, 0]
        print(f"에포크 {epoch} 예측:", [round(float(p), 1) for p in pred])


model = get_model()
history = model.fit(
    x_train,
    y_train,
    batch_size=64,
    epochs=3,
    verbose=2,
    callbacks=[PredictionMonitor(x_test[:5], y_test[:5])],
)
