class EarlyStoppingAtMinLoss(keras.callbacks.Callback):
    """손실이 가장 작아진 뒤로 더 줄지 않으면 훈련을 멈춥니다.

    Args:
        patience: 가장 작은 손실이 나온 뒤, 나아지지 않는 에포크가
            몇 번 이어지면 멈출지 정합니다.
    """

    def __init__(self, patience=0):
        super().__init__()
        self.patience = patience
        # 손실이 가장 작았던 때의 가중치를 보관할 곳
        self.best_weights = None

    def on_train_begin(self, logs=None):
        self.wait = 0  # 가장 작은 손실이 나온 뒤 기다린 에포크 수
        self.stopped_epoch = 0  # 멈춘 에포크
        self.best_epoch = 0  # 손실이 가장 작았던 에포크
        self.best = np.inf  # 지금까지 가장 작은 손실 (원래 가이드의 np.Inf는 NumPy 2에서 없어졌습니다)

    def on_epoch_end(self, epoch, logs=None):
        current = logs["loss"]
        if current < self.best:
            self.best = current
            self.best_epoch = epoch
            self.wait = 0
            # 더 좋아졌으므로 지금 가중치를 복사해 둡니다.
            self.best_weights = self.model.get_weights()
        else:
            self.wait += 1
            if self.wait >= self.patience:
                self.stopped_epoch = epoch
                # fit()은 이 에포크가 끝나면 훈련을 멈춥니다.
                self.model.stop_training = True
                self.model.set_weights(self.best_weights)

    def on_train_end(self, logs=None):
        if self.stopped_epoch > 0:
            print(
                f"에포크 {self.stopped_epoch}에서 멈추고, "
                f"손실이 가장 작았던 에포크 {self.best_epoch}의 가중치로 되돌렸습니다."
            )
