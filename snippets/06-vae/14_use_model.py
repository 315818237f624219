# 직접 쓴 루프로 훈련한 vae에서 인코더만 떼어 써서, 테스트 숫자 세 장을 잠재 공간의 좌표(z_mean)로 바꿉니다.
z_mean, z_log_var, z = vae.encoder(x_test[:3])
print("정답:", y_test[:3])
print("z_mean:")
print(np.round(ops.convert_to_numpy(z_mean), 4))

# 디코더만 떼어 써서 잠재 공간의 점 두 개(원점과 첫 좌표만 1인 점)를 새 이미지로 만듭니다.
points = np.zeros((2, latent_dim), dtype="float32")
points[1, 0] = 1.0
generated = vae.decoder(points)
print("생성한 이미지 형태:", generated.shape)
print("픽셀 값 범위:", f"{float(ops.min(generated)):.4f}", "~", f"{float(ops.max(generated)):.4f}")
