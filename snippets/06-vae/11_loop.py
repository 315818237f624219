epochs = 3
for epoch in range(epochs):
    loss_metric.reset_state()  # 에포크마다 평균을 새로 계산합니다.
    for x_batch in train_dataset:
        train_step(x_batch)
    print(f"에포크 {epoch + 1}/{epochs} - 평균 손실: {loss_metric.result():.4f}")
