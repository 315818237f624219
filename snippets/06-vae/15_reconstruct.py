import matplotlib.pyplot as plt


def show_digits(rows, ylabels=(), xlabels=(), figsize=(7, 3)):
    """8×8 숫자 이미지를 격자로 그립니다. rows의 원소 하나가 그림의 한 줄입니다."""
    fig, axes = plt.subplots(len(rows), len(rows[0]), figsize=figsize, dpi=100, squeeze=False)
    for ax, image in zip(axes.flat, np.concatenate(rows)):
        ax.imshow(image.reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        ax.set_xticks([])
        ax.set_yticks([])
    for ax, label in zip(axes[:, 0], ylabels):
        ax.set_ylabel(label, fontsize=9)
    for ax, label in zip(axes[-1], xlabels):
        ax.set_xlabel(label, fontsize=9)
    fig.tight_layout(pad=0.3)


# 훈련에 쓰지 않은 테스트 숫자에서 0부터 9까지 숫자마다 처음 나오는 두 장을 씁니다 (보기 좋은 것을 고르지 않았습니다).
picks = np.array([np.flatnonzero(y_test == digit)[:2] for digit in range(10)])  # (10, 2)
rows = []
for r in range(2):
    images = x_test[picks[:, r]]
    # 무작위로 뽑은 z 대신 분포의 평균 z_mean을 디코더에 넣습니다.
    z_mean, _, _ = vae.encoder(images)
    rows += [images, ops.convert_to_numpy(vae.decoder(z_mean))]
show_digits(rows, ylabels=["input", "output"] * 2, figsize=(7, 3.1))
