# TF 2.x 시절 코드: 전역 "학습 단계"를 훈련 모드로 바꿔 두기
try:
    tf.keras.backend.set_learning_phase(1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
