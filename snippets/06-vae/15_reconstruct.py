import matplotlib.pyplot as plt

# 훈련에 쓰지 않은 테스트 숫자에서 0부터 9까지 숫자마다 처음 나오는 두 장을 씁니다 (보기 좋은 것을 고르지 않았습니다).
picks = np.array([np.flatnonzero(y_test == digit)[:2] for digit in range(10)])  # (10, 2)

fig, axes = plt.subplots(4, 10, figsize=(7, 3.1), dpi=100)
for r in range(2):
    images = x_test[picks[:, r]]
    # 무작위로 뽑은 z 대신 분포의 평균 z_mean을 디코더에 넣습니다.
    z_mean, _, _ = vae.encoder(images)
    recon = ops.convert_to_numpy(vae.decoder(z_mean))
    for c in range(10):
        axes[2 * r, c].imshow(images[c].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        axes[2 * r + 1, c].imshow(recon[c].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    axes[2 * r, 0].set_ylabel("input", fontsize=8)
    axes[2 * r + 1, 0].set_ylabel("output", fontsize=8)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout(pad=0.3)
