# 표준정규분포 N(0, I)에서 잠재 벡터 40개를 뽑아 디코더로 새 숫자를 그립니다.
z_samples = keras.random.normal((40, latent_dim), seed=0)
generated = ops.convert_to_numpy(vae.decoder(z_samples))

fig, axes = plt.subplots(4, 10, figsize=(7, 3), dpi=100)
for ax, image in zip(axes.flat, generated):
    ax.imshow(image.reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout(pad=0.3)
