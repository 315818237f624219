# TF 2.x 시절 코드: 전역 learning_phase를 훈련 모드(1)로 바꿔 두기
try:
    tf.keras.backend.set_learning_phase(1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
