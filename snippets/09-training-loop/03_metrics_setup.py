# 새 모델과 새 옵티마이저로 다시 시작합니다.
model = get_model()
optimizer = keras.optimizers.Adam(learning_rate=1e-3)

# 훈련용과 검증용 지표를 따로 만듭니다.
train_acc_metric = keras.metrics.SparseCategoricalAccuracy()
val_acc_metric = keras.metrics.SparseCategoricalAccuracy()
