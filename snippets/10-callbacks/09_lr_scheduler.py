class CustomLearningRateScheduler(keras.callbacks.Callback):
    """에포크마다 schedule 함수로 학습률을 정합니다.

    Args:
        schedule: 에포크 번호(0부터)와 지금 학습률을 받아 새 학습률을 돌려주는 함수.
    """

    def __init__(self, schedule):
        super().__init__()
        self.schedule = schedule

    def on_epoch_begin(self, epoch, logs=None):
        # 옵티마이저의 학습률은 keras.Variable입니다. float()로 값을 읽습니다.
        lr = float(self.model.optimizer.learning_rate)
        # 새 값을 속성에 대입하면 옵티마이저가 그 값을 변수에 씁니다.
        self.model.optimizer.learning_rate = self.schedule(epoch, lr)

    def on_epoch_end(self, epoch, logs=None):
        # logs에 넣은 값은 fit()이 에포크마다 찍는 줄과 history에도 나옵니다.
        logs["learning_rate"] = float(self.model.optimizer.learning_rate)


LR_SCHEDULE = [
    # (이 에포크부터, 학습률)
    (2, 0.05),
    (4, 0.01),
]


def lr_schedule(epoch, lr):
    """LR_SCHEDULE에서 이번 에포크에 바꿀 학습률을 찾고, 없으면 지금 값을 그대로 씁니다."""
    for start, new_lr in LR_SCHEDULE:
        if epoch == start:
            return new_lr
    return lr


model = get_model()
history = model.fit(
    x_train,
    y_train,
    batch_size=64,
    epochs=6,
    verbose=2,
    callbacks=[CustomLearningRateScheduler(lr_schedule)],
)
print("history의 키:", list(history.history))
