model = build(LowLevelModel)
# 손실도 지표도 넘기지 않고 옵티마이저만 정합니다.
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2))
model.fit(x_train, y_train, epochs=3, verbose=2)

print("model.metrics:", [m.name for m in model.metrics])
# 에포크마다 비워지므로 세 에포크 동안 센 샘플 수가 아니라 마지막 에포크의 것입니다.
print("accuracy_metric이 센 샘플 수:", int(model.accuracy_metric.count))
