# 학습률을 숫자 대신 학습률 스케줄 객체로 주면, 옵티마이저가 스텝마다 학습률을 계산합니다.
schedule = keras.optimizers.schedules.ExponentialDecay(
    initial_learning_rate=0.1, decay_steps=100, decay_rate=0.5
)
optimizer = keras.optimizers.RMSprop(learning_rate=schedule)
print("읽기:", round(float(optimizer.learning_rate), 4))
try:
    # CustomLearningRateScheduler가 하는 대입입니다.
    optimizer.learning_rate = 0.05
except TypeError as e:
    print(f"TypeError: {e}")
