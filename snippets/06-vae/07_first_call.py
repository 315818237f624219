intermediate_dim = 64  # 은닉 유닛 수 (원문과 같음)
latent_dim = 4  # 잠재 차원 (원문은 32)
vae = VariationalAutoEncoder(original_dim, intermediate_dim, latent_dim)

reconstructed = vae(x_train[:8])
print("재구성 형태:", reconstructed.shape)
print("add_loss로 모인 손실:", len(vae.losses), "개")
print(f"KL 손실: {float(vae.losses[0]):.4f}")

# 다시 호출해도 손실이 쌓이지 않습니다. 호출할 때마다 새로 모읍니다.
vae(x_train[8:16])
print("두 번째 호출 뒤:", len(vae.losses), "개")
print("훈련 가능한 가중치:", len(vae.trainable_weights), "개")
