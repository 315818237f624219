# fit이 최소화하는 값을 배치 네 개(16개씩)마다 두 부분으로 나눠 계산해 봅니다. 가중치는 훈련이 끝난 값입니다.
mse_fn = keras.losses.MeanSquaredError()
totals = []
print("배치   mse     add_loss  합계")
for i in range(4):
    x_batch, y_batch = x_train[16 * i : 16 * (i + 1)], y_train[16 * i : 16 * (i + 1)]
    y_pred = model(x_batch)
    mse = float(mse_fn(y_batch, y_pred))
    extra = float(ops.sum(model.losses))  # 이번 호출에서 add_loss가 더한 손실
    totals.append(mse + extra)
    print(f"{i + 1:>4}   {mse:.4f}  {extra:.4f}    {mse + extra:.4f}")
print(f"네 배치 합계의 평균: {np.mean(totals):.4f}")
