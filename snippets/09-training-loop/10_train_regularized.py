def train_regularized(rate, epochs=3):
    """활성화 규제 비율이 rate인 새 모델을 만들어 직접 쓴 루프로 훈련합니다."""
    model = get_regularized_model(rate)
    optimizer = keras.optimizers.Adam(learning_rate=1e-3)  # 모델마다 새 옵티마이저
    accuracy = keras.metrics.SparseCategoricalAccuracy()

    @tf.function
    def train_step(x, y):
        with tf.GradientTape() as tape:
            logits = model(x, training=True)
            loss_value = loss_fn(y, logits)
            # 정방향 계산 중에 add_loss()로 생긴 손실을 더합니다.
            reg_loss = sum(model.losses)
            total_loss = loss_value + reg_loss
        grads = tape.gradient(total_loss, model.trainable_weights)
        optimizer.apply(grads, model.trainable_weights)
        accuracy.update_state(y, logits)
        return loss_value, reg_loss

    print(f"rate={rate:g}")
    for epoch in range(epochs):
        for x_batch_train, y_batch_train in train_dataset:
            loss_value, reg_loss = train_step(x_batch_train, y_batch_train)
        # 손실은 에포크의 마지막 배치 값, 정확도는 에포크 평균입니다.
        print(f"  에포크 {epoch}: 분류 손실 {float(loss_value):.4f}, 규제 손실 {float(reg_loss):.4f}, "
              f"훈련 정확도 {float(accuracy.result()):.4f}")
        accuracy.reset_state()

    # 첫 은닉 레이어(규제를 건 레이어)의 출력만 꺼내, 0보다 큰 활성화가 얼마나 되는지 봅니다.
    hidden = keras.Model(model.input, model.layers[1].output)
    active = float(ops.mean(ops.cast(hidden(x_train) > 0, "float32")))
    print(f"  첫 은닉 레이어에서 0보다 큰 활성화: {active:.1%}")


train_regularized(rate=1e-2)
train_regularized(rate=1e-4)
