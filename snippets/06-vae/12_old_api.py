# 1) TF 2.x 코드의 tf.keras는 TF 2.21에서 같은 케라스 3 객체를 가리킵니다.
print("tf.keras.optimizers.Adam is keras.optimizers.Adam:",
      tf.keras.optimizers.Adam is keras.optimizers.Adam)

# 2) apply_gradients(zip(grads, vars))도 아직 있습니다.
print("apply_gradients 있음:", hasattr(optimizer, "apply_gradients"))

# 3) 지표를 초기화하던 reset_states()는 없어졌습니다.
try:
    loss_metric.reset_states()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
