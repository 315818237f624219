# 잠재 벡터의 한 좌표만 -2에서 2까지 바꾸고 나머지는 0으로 둔 채 디코더로 그립니다.
values = np.linspace(-2.0, 2.0, 9)
rows = []
for i in range(latent_dim):
    points = np.zeros((len(values), latent_dim), dtype="float32")
    points[:, i] = values
    rows.append(ops.convert_to_numpy(vae.decoder(points)))
show_digits(rows, ylabels=[f"z[{i}]" for i in range(latent_dim)],
            xlabels=[f"{v:g}" for v in values], figsize=(6.3, 3.5))
