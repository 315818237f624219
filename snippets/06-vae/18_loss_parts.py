# 훈련한 모델의 손실을 두 항으로 나누고, 기준점과 비교합니다 (모두 이미지 한 장당 값).
reconstructed = vae(x_train)
recon_trained = float(ops.mean(reconstruction_loss(x_train, reconstructed)))
kl_trained = float(vae.losses[0])

# 기준점 1: 입력과 상관없이 모든 이미지를 "평균 숫자" 한 장으로 그리는 경우 (z를 쓰지 않으므로 KL은 0)
mean_digit = np.tile(x_train.mean(axis=0), (len(x_train), 1))
recon_mean_digit = float(ops.mean(reconstruction_loss(x_train, mean_digit)))
# 기준점 2: 입력을 그대로 돌려주는 경우 (픽셀이 0과 1 사이의 회색이라 0이 되지 않습니다)
recon_floor = float(ops.mean(reconstruction_loss(x_train, x_train)))

print(f"훈련한 모델:     재구성 {recon_trained:6.2f} + KL {kl_trained:4.2f} = {recon_trained + kl_trained:6.2f}")
print(f"평균 숫자 한 장: 재구성 {recon_mean_digit:6.2f} + KL 0.00 = {recon_mean_digit:6.2f}")
print(f"입력 그대로:     재구성 {recon_floor:6.2f}")

# 원문의 재구성 손실(픽셀 평균 제곱 오차)로 재면, 평균 숫자 한 장의 손실은 이만큼입니다.
mse = keras.losses.MeanSquaredError()
print(f"평균 숫자 한 장의 평균 제곱 오차: {float(mse(x_train, mean_digit)):.4f}")
