class EventPrinter(keras.callbacks.Callback):
    """불린 메서드와 그때 받은 logs의 키를 출력합니다. 안쪽 호출일수록 들여 씁니다."""

    def __init__(self):
        super().__init__()
        self.depth = 0

    def begin(self, name, logs):
        print(f"{'  ' * self.depth + name:<30}logs: {list(logs)}")
        self.depth += 1

    def end(self, name, logs):
        self.depth -= 1
        print(f"{'  ' * self.depth + name:<30}logs: {list(logs)}")

    # 전역 메서드: fit() / evaluate() / predict()의 시작과 끝
    def on_train_begin(self, logs=None):
        self.begin("on_train_begin", logs)

    def on_train_end(self, logs=None):
        self.end("on_train_end", logs)

    def on_test_begin(self, logs=None):
        self.begin("on_test_begin", logs)

    def on_test_end(self, logs=None):
        self.end("on_test_end", logs)

    def on_predict_begin(self, logs=None):
        self.begin("on_predict_begin", logs)

    def on_predict_end(self, logs=None):
        self.end("on_predict_end", logs)

    # 에포크 메서드: fit()에서만 불립니다
    def on_epoch_begin(self, epoch, logs=None):
        self.begin(f"on_epoch_begin({epoch})", logs)

    def on_epoch_end(self, epoch, logs=None):
        self.end(f"on_epoch_end({epoch})", logs)

    # 배치 메서드: 훈련 / 평가 / 예측의 배치마다
    def on_train_batch_begin(self, batch, logs=None):
        self.begin(f"on_train_batch_begin({batch})", logs)

    def on_train_batch_end(self, batch, logs=None):
        self.end(f"on_train_batch_end({batch})", logs)

    def on_test_batch_begin(self, batch, logs=None):
        self.begin(f"on_test_batch_begin({batch})", logs)

    def on_test_batch_end(self, batch, logs=None):
        self.end(f"on_test_batch_end({batch})", logs)

    def on_predict_batch_begin(self, batch, logs=None):
        self.begin(f"on_predict_batch_begin({batch})", logs)

    def on_predict_batch_end(self, batch, logs=None):
        self.end(f"on_predict_batch_end({batch})", logs)
