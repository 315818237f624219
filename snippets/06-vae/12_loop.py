epochs = 60
for epoch in range(1, epochs + 1):
    loss_metric.reset_state()  # 에포크마다 평균을 새로 계산합니다.
    for x_batch in train_dataset:
        train_step(x_batch)
    if epoch == 1 or epoch % 10 == 0:
        print(f"에포크 {epoch:2d}/{epochs} - 평균 손실: {loss_metric.result():.4f}")
