import matplotlib.pyplot as plt

steps = np.arange(1, len(loss_history.batch_losses) + 1)
epoch_ends = steps_per_epoch * np.arange(1, len(loss_history.epoch_losses) + 1)

# 그림의 글자는 matplotlib 기본 글꼴로 그릴 수 있는 영어와 숫자로 씁니다.
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(steps, loss_history.batch_losses, lw=1, label="on_train_batch_end")
ax.plot(epoch_ends, loss_history.epoch_losses, "o", label="on_epoch_end")
ax.set_xlabel("training step")
ax.set_ylabel("logs['loss']")
ax.legend()
fig.tight_layout()
