import matplotlib.pyplot as plt

# 모델의 레이어를 차례로 직접 불러, 각 레이어의 출력에 붙은 실제 마스크를 모읍니다.
masks = []
tensor = padded
for layer in model.layers[1:]:  # 0번은 입력 자리만 잡는 InputLayer입니다
    tensor = layer(tensor)
    masks.append(getattr(tensor, "_keras_mask", None))


def draw_grid(ax, labels, shade, title):
    """(배치, 타임스텝) 격자: 자리마다 글자를 쓰고 shade 값(0~1)만큼 칠합니다."""
    ax.imshow(shade, cmap="Blues", vmin=0, vmax=1)
    for (i, j), label in np.ndenumerate(labels):
        ax.text(j, i, label, ha="center", va="center", fontsize=9)
    ax.set_title(title, loc="left", fontsize=9)
    ax.set_xticks(range(labels.shape[1]))
    ax.set_yticks(range(labels.shape[0]))
    ax.set_ylabel("batch", fontsize=8)
    ax.tick_params(labelsize=7, length=0)


roles = ["creates the mask", "passes it on", "uses it"]
fig, axes = plt.subplots(4, 1, figsize=(3.2, 4.8), dpi=100, layout="constrained",
                         gridspec_kw={"height_ratios": [1, 1, 1, 0.7]})
draw_grid(axes[0], padded, 0.15 * (padded != 0), "input ids (0 = padding)")
axes[2].set_xlabel("timestep", fontsize=8)  # 마지막 격자 아래에만 축 이름을 씁니다
for ax, layer, mask, role in zip(axes[1:], model.layers[1:], masks, roles):
    title = f"↓ {type(layer).__name__}: {role}"
    if mask is None:
        ax.axis("off")
        text = f"{title}\noutput shape {tuple(tensor.shape)}\nmask: None (stops here)"
        ax.text(0.5, 0.5, text, ha="center", va="center",
                fontsize=9, bbox=dict(boxstyle="round", fc="white", ec="gray", ls="--"))
    else:
        mask = keras.ops.convert_to_numpy(mask)
        draw_grid(ax, np.where(mask, "T", "F"), 0.5 * mask, title)
