class WeightedModel(keras.Model):
    def train_step(self, data):
        # fit()에 sample_weight를 넘기면 data는 (x, y, sample_weight)입니다.
        if len(data) == 3:
            x, y, sample_weight = data
        else:
            sample_weight = None
            x, y = data

        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            # 샘플 가중치를 손실에 넘깁니다.
            loss = self.compute_loss(y=y, y_pred=y_pred, sample_weight=sample_weight)

        trainable_vars = self.trainable_variables
        gradients = tape.gradient(loss, trainable_vars)
        self.optimizer.apply(gradients, trainable_vars)

        # 지표에도 샘플 가중치를 넘깁니다.
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred, sample_weight=sample_weight)
        return {m.name: m.result() for m in self.metrics}
