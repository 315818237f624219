# 옛 가이드처럼 같은 모델을 loss 없이 다시 컴파일해 봅니다.
model = make_model()
model.compile(optimizer="adam", loss="mse")
model.compile(optimizer="adam")
print("다시 컴파일한 뒤의 model.loss:", model.loss)

# evaluate로 재 보면 loss는 add_loss 손실만이 아니라 mse와의 합입니다.
y_pred = model(x_train)
extra = float(ops.sum(model.losses))
mse = float(keras.losses.MeanSquaredError()(y_train, y_pred))
print(f"add_loss 손실만       : {extra:.4f}")
print(f"mse + add_loss 손실   : {mse + extra:.4f}")
print(f"evaluate(x, y)의 loss : {model.evaluate(x_train, y_train, batch_size=64, verbose=0):.4f}")

# 남아 있는 mse가 정답을 요구하므로 x만 넘기면 실패합니다.
try:
    model.fit(x_train, batch_size=16, epochs=1, verbose=2)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
