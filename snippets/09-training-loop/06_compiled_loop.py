epochs = 2
for epoch in range(epochs):
    start_time = time.time()
    for x_batch_train, y_batch_train in train_dataset:
        loss_value = train_step(x_batch_train, y_batch_train)
    train_acc = train_acc_metric.result()
    train_acc_metric.reset_state()

    for x_batch_val, y_batch_val in val_dataset:
        test_step(x_batch_val, y_batch_val)
    val_acc = val_acc_metric.result()
    val_acc_metric.reset_state()

    print(f"에포크 {epoch}: 훈련 정확도 {float(train_acc):.4f}, 검증 정확도 {float(val_acc):.4f}, "
          f"걸린 시간 {time.time() - start_time:.2f}s")
