import warnings


# TF 2.x 시절 가이드의 train_step (compiled_loss, apply_gradients, compiled_metrics)
class OldStyleModel(keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compiled_loss(y, y_pred)
        trainable_vars = self.trainable_variables
        gradients = tape.gradient(loss, trainable_vars)
        self.optimizer.apply_gradients(zip(gradients, trainable_vars))
        self.compiled_metrics.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


old_model = build(OldStyleModel)
old_model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_model.fit(x_train, y_train, epochs=3, verbose=2)

# 잡은 경고를 같은 것은 한 번씩만 보여 줍니다 (메시지 안의 ``` 줄은 뺍니다).
messages = ["\n".join(line for line in str(w.message).strip().splitlines() if line != "```")
            for w in caught]
for message in dict.fromkeys(messages):
    print(f"경고: {message}")
