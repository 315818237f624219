# evaluate()처럼 64개씩 나눠, 배치마다 compute_loss와 같은 손실을 구합니다.
batch_losses, batch_sizes = [], []
for start in range(0, len(x_digits), 64):
    x_batch, y_batch = x_digits[start : start + 64], y_digits[start : start + 64]
    y_pred = model(x_batch)
    batch_losses.append(float(model.loss_fn(y_batch, y_pred) + ops.sum(model.losses)))
    batch_sizes.append(len(x_batch))
print(f"배치 {len(batch_sizes)}개, 마지막 배치의 샘플 수: {batch_sizes[-1]}")
print(f"마지막 배치의 손실: {batch_losses[-1]:.4f} (나머지 배치의 평균: {np.mean(batch_losses[:-1]):.4f})")

same_weight = keras.metrics.Mean()  # loss_tracker.update_state(loss)처럼
by_size = keras.metrics.Mean()  # 배치 크기만큼 무게를 주어
for loss, size in zip(batch_losses, batch_sizes):
    same_weight.update_state(loss)
    by_size.update_state(loss, sample_weight=size)
print(f"배치마다 같은 무게로 평균: {float(same_weight.result()):.4f}")
print(f"배치 크기만큼 무게를 준 평균: {float(by_size.result()):.4f}")

# 훈련한 Dense 레이어를 compute_loss를 덮어쓰지 않은 보통 모델에 넣어 같은 데이터를 평가합니다.
# 레이어 객체는 여러 모델에 넣을 수 있고, 가중치도 함께 씁니다.
plain = keras.Sequential([keras.Input(shape=(64,)), model.dense])
plain.compile(loss=keras.losses.BinaryCrossentropy())
print(f"기본 손실 지표로 평가한 loss: {plain.evaluate(x_digits, y_digits, batch_size=64, verbose=0):.4f}")
