# 원문의 순서: 새 모델을 만들고, 앞 절에서 쓰던 optimizer를 그대로 씁니다.
model = get_regularized_model(rate=1e-4)
with tf.GradientTape() as tape:
    logits = model(x_batch, training=True)
    loss_value = loss_fn(y_batch, logits) + sum(model.losses)
grads = tape.gradient(loss_value, model.trainable_weights)
try:
    optimizer.apply(grads, model.trainable_weights)
except ValueError as e:
    # 메시지에 변수의 값 전체가 들어 있으므로 값 부분은 빼고 보여 줍니다.
    variable, rest = str(e).split(">. ", 1)
    print("ValueError:", variable.split(", value=")[0] + ", ...>.", rest)
