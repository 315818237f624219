# 잠재 벡터의 한 좌표만 -2에서 2까지 바꾸고 나머지는 0으로 둔 채 디코더로 그립니다.
values = np.linspace(-2.0, 2.0, 9)
fig, axes = plt.subplots(latent_dim, len(values), figsize=(6.3, 0.75 * latent_dim + 0.5), dpi=100)
for i in range(latent_dim):
    points = np.zeros((len(values), latent_dim), dtype="float32")
    points[:, i] = values
    images = ops.convert_to_numpy(vae.decoder(points))
    for j, image in enumerate(images):
        ax = axes[i, j]
        ax.imshow(image.reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        ax.set_xticks([])
        ax.set_yticks([])
        if j == 0:
            ax.set_ylabel(f"z[{i}]", fontsize=9)
        if i == latent_dim - 1:
            ax.set_xlabel(f"{values[j]:g}", fontsize=9)
fig.tight_layout(pad=0.3)
