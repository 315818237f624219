import matplotlib.pyplot as plt

# 줄마다 한 에포크: 같은 잠재 벡터 8개가 훈련하면서 어떻게 바뀌는지 봅니다.
fig, axes = plt.subplots(len(snapshots), 8, figsize=(6.4, 3.4), facecolor="white")
for row, (epoch, images) in zip(axes, snapshots.items()):
    for ax, image in zip(row, images):
        ax.imshow(image, cmap="gray_r", vmin=0, vmax=1, interpolation="nearest")
        ax.set_xticks([])
        ax.set_yticks([])
    row[0].set_ylabel(f"epoch {epoch}")
fig.subplots_adjust(left=0.07, right=0.99, top=0.99, bottom=0.01, wspace=0.1, hspace=0.1)
