import inspect

# 1) TensorFlow 2.21의 tf.keras는 keras 모듈 자체가 아니라 Keras 3의 호환용 이름 공간이지만,
#    옵티마이저·지표 같은 클래스는 같은 객체입니다.
print("tf.keras:", tf.keras.__name__)
print("tf.keras.optimizers.Adam is keras.optimizers.Adam:",
      tf.keras.optimizers.Adam is keras.optimizers.Adam)

# 2) apply_gradients(zip(grads, vars))는 짝을 풀어 apply()에 넘기는 얇은 메서드입니다.
print(inspect.getsource(keras.optimizers.Adam.apply_gradients))

# 3) 옛 루프처럼 지표를 함수처럼 불러도 갱신됩니다. 연습용 지표로 확인합니다.
old_metric = keras.metrics.Mean()
old_metric(1.0)
old_metric(3.0)
print("metric(1.0), metric(3.0) 뒤 평균:", float(old_metric.result()))

# 4) 지표를 비우던 reset_states()는 없어졌습니다.
try:
    old_metric.reset_states()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
