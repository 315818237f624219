# 옛 가이드처럼 같은 모델을 loss 없이 다시 컴파일해 봅니다.
model = make_model()
model.compile(optimizer="adam", loss="mse")
model.compile(optimizer="adam")
print("다시 컴파일한 뒤의 model.loss:", model.loss)

# 남아 있는 mse가 정답을 요구하므로 x만 넘기면 실패합니다.
try:
    model.fit(x_train, batch_size=16, epochs=1, verbose=2)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
