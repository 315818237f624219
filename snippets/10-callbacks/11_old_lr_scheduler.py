# tf.keras 시절(2020년 판) 가이드의 학습률 스케줄 콜백을 그대로 옮긴 것
class OldLearningRateScheduler(keras.callbacks.Callback):
    def __init__(self, schedule):
        super().__init__()
        self.schedule = schedule

    def on_epoch_begin(self, epoch, logs=None):
        if not hasattr(self.model.optimizer, "lr"):
            raise ValueError('Optimizer must have a "lr" attribute.')
        lr = float(tf.keras.backend.get_value(self.model.optimizer.learning_rate))
        scheduled_lr = self.schedule(epoch, lr)
        tf.keras.backend.set_value(self.model.optimizer.lr, scheduled_lr)


model = get_model()
try:
    model.fit(x_train, y_train, epochs=1, verbose=0,
              callbacks=[OldLearningRateScheduler(lambda epoch, lr: lr)])
except ValueError as e:
    print(f"ValueError: {e}")

optimizer = model.optimizer
print("hasattr(optimizer, 'lr'):", hasattr(optimizer, "lr"))
print("optimizer.learning_rate:", type(optimizer.learning_rate).__name__, f"{float(optimizer.learning_rate):g}")

# lr을 learning_rate로 고쳐도 옛 set_value()는 Keras 3의 변수를 다루지 못합니다.
try:
    tf.keras.backend.set_value(optimizer.learning_rate, 0.05)
except AttributeError as e:
    print(f"AttributeError: {e}")
print("learning_rate.dtype:", repr(optimizer.learning_rate.dtype))
