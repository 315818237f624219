def eager_step(x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss_value = loss_fn(y, logits)
    grads = tape.gradient(loss_value, model.trainable_weights)
    optimizer.apply(grads, model.trainable_weights)
    return loss_value


compiled_step = tf.function(eager_step)  # 같은 함수를 그래프로 컴파일한 것
x_batch, y_batch = next(iter(train_dataset))

# 첫 호출에는 트레이싱 시간이 들어가므로, 재기 전에 한 번씩 실행해 둡니다.
eager_step(x_batch, y_batch)
compiled_step(x_batch, y_batch)


def seconds_per_step(step_fn, n):
    start = time.perf_counter()
    for _ in range(n):
        step_fn(x_batch, y_batch)
    return (time.perf_counter() - start) / n


eager = seconds_per_step(eager_step, n=20)
compiled = seconds_per_step(compiled_step, n=200)
print(f"즉시 실행:   스텝당 {eager * 1000:.1f}ms")
print(f"tf.function: 스텝당 {compiled * 1000:.2f}ms")
# 배수는 컴퓨터와 그때의 부하에 따라 크게 달라지므로 (이 페이지를 만든 컴퓨터에서 25~90배)
# 정확한 배수 대신 문턱값과 비교한 결과를 출력합니다.
print("tf.function이 10배 넘게 빠른가:", eager / compiled > 10)
