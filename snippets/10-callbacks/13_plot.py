import matplotlib.pyplot as plt

n_epochs = len(loss_history.epoch_losses)
steps = np.arange(1, len(loss_history.batch_losses) + 1)
epoch_ends = steps_per_epoch * np.arange(1, n_epochs + 1)

# 그림의 글자는 matplotlib 기본 글꼴로 그릴 수 있는 영어와 숫자로 씁니다.
fig, ax = plt.subplots(figsize=(6, 3.2))
# 누적 평균은 에포크마다 새로 시작하므로, 선도 에포크마다 따로 그립니다.
for epoch in range(n_epochs):
    part = slice(epoch * steps_per_epoch, (epoch + 1) * steps_per_epoch)
    ax.plot(
        steps[part],
        loss_history.batch_losses[part],
        color="C0",
        lw=1,
        label="on_train_batch_end" if epoch == 0 else None,
    )
ax.plot(epoch_ends, loss_history.epoch_losses, "o", color="C1", label="on_epoch_end")
ax.set_xlabel("training step")
ax.set_ylabel("logs['loss']")
ax.legend()
fig.tight_layout()
