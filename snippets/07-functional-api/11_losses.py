# 레이어의 call() 안에서 부른 add_loss()는 함수형 모델에서도 모델의 losses에 모입니다.
print("호출 전:", len(vae.losses), "개")
reconstructed = vae(x_train[:8])
print("호출 뒤:", len(vae.losses), "개")
print(f"KL 손실: {float(vae.losses[0]):.4f}")

# 앞 페이지처럼 한 번 더 호출해도 쌓이지 않습니다.
vae(x_train[8:16])
print("두 번째 호출 뒤:", len(vae.losses), "개")
