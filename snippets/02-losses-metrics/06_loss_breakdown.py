# 배치 하나로 fit이 최소화하는 값을 직접 나눠 계산해 봅니다.
x_batch, y_batch = x_train[:16], y_train[:16]
y_pred = model(x_batch)
mse = keras.losses.MeanSquaredError()(y_batch, y_pred)
extra = ops.sum(model.losses)  # 이번 호출에서 add_loss가 더한 손실
print(f"compile의 손실 (mse): {float(mse):.4f}")
print(f"add_loss로 더한 손실: {float(extra):.4f}")
print(f"합계                : {float(mse + extra):.4f}")
