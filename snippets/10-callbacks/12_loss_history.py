class LossHistory(keras.callbacks.Callback):
    """배치가 끝날 때마다, 에포크가 끝날 때마다 logs["loss"]를 모읍니다."""

    def on_train_begin(self, logs=None):
        self.batch_losses = []
        self.epoch_losses = []

    def on_train_batch_end(self, batch, logs=None):
        self.batch_losses.append(logs["loss"])

    def on_epoch_end(self, epoch, logs=None):
        self.epoch_losses.append(logs["loss"])


model = get_model()
loss_history = LossHistory()
history = model.fit(
    x_train, y_train, batch_size=64, epochs=5, verbose=0, callbacks=[loss_history]
)
steps_per_epoch = len(loss_history.batch_losses) // len(loss_history.epoch_losses)
print("모은 값: 배치", len(loss_history.batch_losses), "개, 에포크", len(loss_history.epoch_losses), "개")
print("에포크당 스텝:", steps_per_epoch)
print("에포크 끝의 값:", [round(v, 2) for v in loss_history.epoch_losses])
print("history와 같은가:", loss_history.epoch_losses == history.history["loss"])
