# 인코더만 떼어 써서 숫자 이미지 세 장을 잠재 공간의 좌표(z_mean)로 바꿉니다.
z_mean, z_log_var, z = vae.encoder(x_train[:3])
print("z_mean:")
print(np.round(ops.convert_to_numpy(z_mean), 4))

# 디코더만 떼어 써서 잠재 공간의 점 두 개를 새 이미지로 만듭니다.
generated = vae.decoder(np.array([[0.0, 0.0], [1.0, -1.0]], dtype="float32"))
print("생성한 이미지 형태:", generated.shape)
print("픽셀 값 범위:", f"{float(ops.min(generated)):.4f}", "~", f"{float(ops.max(generated)):.4f}")
