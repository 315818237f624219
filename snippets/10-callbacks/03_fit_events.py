model = get_model()
# 배치를 크게 잡아 훈련 배치 1개, 검증 배치 1개만 돌게 합니다.
history = model.fit(
    x_train,
    y_train,
    batch_size=500,
    epochs=1,
    validation_split=0.5,
    verbose=2,
    callbacks=[EventPrinter()],
)
