# TF 2.x 시절 코드: 전역 learning phase를 훈련 모드(1)로 바꿔 두기
try:
    tf.keras.backend.set_learning_phase(1)
except AttributeError as e:
    print(f"AttributeError: {e}")

# TensorFlow 2.21의 tf.keras는 Keras 3 그 자체입니다.
print("tf.keras.Model is keras.Model:", tf.keras.Model is keras.Model)
# 모드를 읽는 learning_phase()도, 바꾸는 set_learning_phase()도 어느 쪽에도 없습니다.
for label, backend in [("keras.backend", keras.backend), ("tf.keras.backend", tf.keras.backend)]:
    print(f"{label}: learning_phase {hasattr(backend, 'learning_phase')},"
          f" set_learning_phase {hasattr(backend, 'set_learning_phase')}")
