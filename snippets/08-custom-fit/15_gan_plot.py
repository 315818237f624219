import matplotlib.pyplot as plt

# 고정한 잠재 벡터 24개로 숫자를 만들고, 맨 윗줄에는 비교용으로 진짜 숫자 8장을 놓습니다.
# (그림의 글자는 matplotlib 기본 글꼴에 한글이 없어서 영어로 씁니다.)
z = keras.random.normal((24, latent_dim), seed=7)
fake = ops.convert_to_numpy(generator(z))[..., 0]
real = all_digits[:8, ..., 0]

fig, axes = plt.subplots(4, 8, figsize=(6.4, 3.3), facecolor="white")
for ax, image in zip(axes.flat, np.concatenate([real, fake])):
    ax.imshow(image, cmap="gray_r", vmin=0, vmax=1, interpolation="nearest")
    ax.set_xticks([])
    ax.set_yticks([])
# 왼쪽에 줄 이름: 맨 윗줄은 진짜, 아래 세 줄은 생성한 숫자
fig.text(0.03, 0.875, "real", rotation=90, ha="center", va="center")
fig.text(0.03, 0.38, "generated", rotation=90, ha="center", va="center")
fig.subplots_adjust(left=0.06, right=0.99, top=0.99, bottom=0.01, wspace=0.1, hspace=0.1)
