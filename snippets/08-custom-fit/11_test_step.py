class EvalModel(CustomModel):  # train_step은 CustomModel의 것을 물려받습니다.
    def test_step(self, data):
        x, y = data
        y_pred = self(x, training=False)  # 추론 모드로 예측합니다.
        loss = self.compute_loss(y=y, y_pred=y_pred)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


model = build(EvalModel)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
# validation_data를 주면 fit()이 에포크마다 test_step()으로 검증합니다.
model.fit(x_train, y_train, validation_data=(x_test, y_test), epochs=3, verbose=2)
# evaluate()도 같은 test_step()을 씁니다.
results = model.evaluate(x_test, y_test, verbose=2, return_dict=True)
print({name: round(value, 4) for name, value in results.items()})
