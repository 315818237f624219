# 직접 쓴 루프로 훈련한 vae에서 인코더만 떼어 써서, 테스트 숫자 세 장을 잠재 공간의 좌표(z_mean)로 바꿉니다.
z_mean, z_log_var, z = vae.encoder(x_test[:3])
print("정답:", y_test[:3])
print("z_mean:")
print(np.round(ops.convert_to_numpy(z_mean), 4))
