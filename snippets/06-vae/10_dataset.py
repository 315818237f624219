# 전체 샘플을 한 번에 섞도록 buffer_size를 데이터 크기로 둡니다.
# 에포크마다 새로 섞지만, 시드를 고정했으므로 그 순서는 실행할 때마다 같습니다.
train_dataset = (
    tf.data.Dataset.from_tensor_slices(x_train)
    .shuffle(buffer_size=len(x_train), seed=42)
    .batch(128)
)
print("배치 수:", len(train_dataset))
