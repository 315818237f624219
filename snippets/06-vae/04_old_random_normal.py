# Keras 2 시절 가이드의 Sampling 레이어가 쓰던 함수
try:
    epsilon = keras.backend.random_normal(shape=(3, 2))
except Exception as e:
    print(f"{type(e).__name__}: {e}")

# TensorFlow 2.21의 tf.keras(호환용 이름 공간)에는 옛 함수가 남아 있습니다.
epsilon = tf.keras.backend.random_normal(shape=(3, 2))
print("tf.keras.backend.random_normal:", epsilon.shape)
