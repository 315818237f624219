import time

epochs = 2
for epoch in range(epochs):
    start_time = time.time()
    for x_batch_train, y_batch_train in train_dataset:
        with tf.GradientTape() as tape:
            logits = model(x_batch_train, training=True)
            loss_value = loss_fn(y_batch_train, logits)
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply(grads, model.trainable_weights)
        # 배치마다 훈련 지표를 갱신합니다.
        train_acc_metric.update_state(y_batch_train, logits)

    # 에포크가 끝나면 훈련 지표를 읽고 비웁니다.
    train_acc = train_acc_metric.result()
    train_acc_metric.reset_state()

    # 에포크마다 검증 루프를 돕니다 (training=False, 가중치 갱신 없음).
    for x_batch_val, y_batch_val in val_dataset:
        val_logits = model(x_batch_val, training=False)
        val_acc_metric.update_state(y_batch_val, val_logits)
    val_acc = val_acc_metric.result()
    val_acc_metric.reset_state()

    print(f"에포크 {epoch}: 훈련 정확도 {float(train_acc):.4f}, 검증 정확도 {float(val_acc):.4f}, "
          f"걸린 시간 {time.time() - start_time:.2f}s")
