epochs = 2
for epoch in range(epochs):
    print(f"에포크 {epoch} 시작")
    # 데이터셋을 배치 단위로 돕니다.
    for step, (x_batch_train, y_batch_train) in enumerate(train_dataset):
        # 테이프 안에서 실행한 연산을 기록해 두었다가 그래디언트를 구하는 데 씁니다.
        with tf.GradientTape() as tape:
            logits = model(x_batch_train, training=True)  # 정방향 계산
            loss_value = loss_fn(y_batch_train, logits)  # 이 배치의 손실

        # 손실에 대한 훈련 가능한 가중치의 그래디언트를 구해 한 스텝 갱신합니다.
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply(grads, model.trainable_weights)

        # 10배치마다 기록합니다.
        if step % 10 == 0:
            print(f"  스텝 {step:2d}: 배치 손실 {float(loss_value):.4f} "
                  f"(지금까지 {(step + 1) * batch_size}개 샘플)")
