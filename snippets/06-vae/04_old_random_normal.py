# 케라스 2 시절 가이드의 Sampling 레이어가 쓰던 함수
try:
    epsilon = keras.backend.random_normal(shape=(3, 2))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
