class LossAndErrorPrintingCallback(keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        print(f"배치 {batch}까지의 평균 손실: {logs['loss']:7.2f}")

    def on_test_batch_end(self, batch, logs=None):
        print(f"배치 {batch}까지의 평균 손실: {logs['loss']:7.2f}")

    def on_epoch_end(self, epoch, logs=None):
        print(
            f"에포크 {epoch}의 평균 손실: {logs['loss']:7.2f}, "
            f"평균 절대 오차: {logs['mean_absolute_error']:7.2f}"
        )


model = get_model()
# 한 에포크 = 배치 4개 (1000 / 250)
history = model.fit(
    x_train,
    y_train,
    batch_size=250,
    epochs=2,
    verbose=2,
    callbacks=[LossAndErrorPrintingCallback()],
)
print("evaluate():")
results = model.evaluate(
    x_test, y_test, batch_size=250, verbose=0, callbacks=[LossAndErrorPrintingCallback()]
)
print(f"evaluate()가 돌려준 손실: {results[0]:.2f}")
