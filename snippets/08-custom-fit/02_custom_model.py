class CustomModel(keras.Model):
    def train_step(self, data):
        # data는 fit()에 넘긴 것의 한 배치입니다. fit(x, y)이면 (x, y)입니다.
        x, y = data

        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)  # 정방향 계산
            # compile()에 넘긴 손실로 손실을 계산합니다 (add_loss로 더한 손실도 함께 더해 줍니다).
            loss = self.compute_loss(y=y, y_pred=y_pred)

        # 그래디언트를 구해 가중치를 갱신합니다.
        trainable_vars = self.trainable_variables
        gradients = tape.gradient(loss, trainable_vars)
        self.optimizer.apply(gradients, trainable_vars)

        # 지표를 갱신합니다. self.metrics에는 손실을 평균 내는 지표("loss")도 들어 있습니다.
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred)

        # 지표 이름 → 현재 값 딕셔너리를 돌려주면 fit()이 로그에 보여 줍니다.
        return {m.name: m.result() for m in self.metrics}
