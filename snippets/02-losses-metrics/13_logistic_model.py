class LogisticModel(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(
            1, activation="sigmoid", kernel_regularizer=keras.regularizers.l2(1e-4)
        )
        self.loss_fn = keras.losses.BinaryCrossentropy()
        # 지표 객체는 __init__에서 한 번만 만듭니다.
        self.loss_tracker = keras.metrics.Mean(name="loss")
        self.accuracy_tracker = keras.metrics.BinaryAccuracy(name="accuracy")

    def call(self, inputs):
        return self.dense(inputs)

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, training=True):
        loss = self.loss_fn(y, y_pred, sample_weight)
        # 기본 compute_loss가 하던 일(self.losses 더하기)을 직접 해야 합니다.
        loss = loss + ops.sum(self.losses)
        # 지표는 update_state로 배치마다 갱신합니다.
        self.loss_tracker.update_state(loss)
        self.accuracy_tracker.update_state(y, y_pred, sample_weight)
        return loss

    @property
    def metrics(self):
        # fit은 에포크마다 이 목록의 지표를 reset_state()하고, 로그에 이 목록을 보여 줍니다.
        return [self.loss_tracker, self.accuracy_tracker]
