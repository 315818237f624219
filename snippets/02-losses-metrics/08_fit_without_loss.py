model = make_model()
# 손실 없이 컴파일합니다. 최소화할 값은 add_loss로 더한 손실뿐입니다.
model.compile(optimizer="adam")
# 손실이 정답을 쓰지 않으므로 y 없이 x만 넘겨도 됩니다.
history = model.fit(x_train, batch_size=16, epochs=2, verbose=2)
