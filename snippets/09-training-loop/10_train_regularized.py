# 규제 손실은 배치 크기에 비례하므로, 에포크 평균에 크기가 다른 마지막 배치(샘플 3개)가 섞이지 않도록
# 64개짜리 꽉 찬 배치만 씁니다 (drop_remainder=True: 모자란 마지막 배치를 버립니다).
full_batch_dataset = (
    tf.data.Dataset.from_tensor_slices((x_train, y_train))
    .shuffle(buffer_size=len(x_train), seed=42)
    .batch(batch_size, drop_remainder=True)
)


def train_regularized(rate, epochs=3):
    """활성화 규제 비율이 rate인 새 모델을 만들어 직접 쓴 루프로 훈련합니다."""
    model = get_regularized_model(rate)
    optimizer = keras.optimizers.Adam(learning_rate=1e-3)  # 모델마다 새 옵티마이저
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    # 두 손실의 에포크 평균을 따로 모읍니다.
    cls_loss_mean = keras.metrics.Mean()
    reg_loss_mean = keras.metrics.Mean()

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
        cls_loss_mean.update_state(loss_value)
        reg_loss_mean.update_state(reg_loss)

    print(f"rate={rate:g}")
    # 훈련 전의 값: 같은 모델, 같은 크기(64개)의 배치 하나
    logits = model(x_batch, training=True)
    print(f"  훈련 전:   분류 손실 {float(loss_fn(y_batch, logits)):.4f}, 규제 손실 {float(sum(model.losses)):.4f}")
    for epoch in range(epochs):
        for x_batch_train, y_batch_train in full_batch_dataset:
            train_step(x_batch_train, y_batch_train)
        # 손실과 정확도 모두 그 에포크의 평균입니다.
        print(f"  에포크 {epoch}: 분류 손실 {float(cls_loss_mean.result()):.4f}, "
              f"규제 손실 {float(reg_loss_mean.result()):.4f}, 훈련 정확도 {float(accuracy.result()):.4f}")
        for metric in (accuracy, cls_loss_mean, reg_loss_mean):
            metric.reset_state()

    # 첫 은닉 레이어(규제를 건 레이어)의 출력만 꺼내, 0보다 큰 활성화가 얼마나 되는지 봅니다.
    hidden = keras.Model(model.input, model.layers[1].output)
    active = float(ops.mean(ops.cast(hidden(x_train) > 0, "float32")))
    print(f"  첫 은닉 레이어에서 0보다 큰 활성화: {active:.1%}")


train_regularized(rate=1e-2)
train_regularized(rate=1e-4)
