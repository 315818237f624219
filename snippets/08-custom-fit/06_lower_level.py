class LowLevelModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # 손실 함수와 지표 객체를 직접 만듭니다 (compile()에 넘기지 않습니다).
        self.loss_fn = keras.losses.SparseCategoricalCrossentropy()
        self.loss_tracker = keras.metrics.Mean(name="loss")
        self.accuracy_metric = keras.metrics.SparseCategoricalAccuracy(name="accuracy")

    def train_step(self, data):
        x, y = data

        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.loss_fn(y, y_pred)  # 손실을 직접 계산합니다.

        trainable_vars = self.trainable_variables
        gradients = tape.gradient(loss, trainable_vars)
        self.optimizer.apply(gradients, trainable_vars)

        # 지표도 직접 갱신하고, 현재 값을 돌려줍니다.
        self.loss_tracker.update_state(loss)
        self.accuracy_metric.update_state(y, y_pred)
        return {
            "loss": self.loss_tracker.result(),
            "accuracy": self.accuracy_metric.result(),
        }

    @property
    def metrics(self):
        # fit()은 에포크를 시작할 때, evaluate()는 시작할 때 이 목록의 지표를 reset_state()로 비웁니다.
        return [self.loss_tracker, self.accuracy_metric]
