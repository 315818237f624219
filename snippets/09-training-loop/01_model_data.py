from keras import layers


def get_model():
    inputs = keras.Input(shape=(64,), name="digits")
    x1 = layers.Dense(64, activation="relu")(inputs)
    x2 = layers.Dense(64, activation="relu")(x1)
    outputs = layers.Dense(10, name="predictions")(x2)  # softmax 없이 로짓을 냅니다.
    return keras.Model(inputs=inputs, outputs=outputs)


model = get_model()
optimizer = keras.optimizers.Adam(learning_rate=1e-3)
# 모델이 로짓을 내므로 from_logits=True: softmax는 손실 안에서 계산합니다.
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# 훈련 데이터는 섞어서 64개씩, 검증 데이터(앞에서 떼어 둔 테스트 데이터)는 섞지 않고 64개씩
batch_size = 64
train_dataset = (
    tf.data.Dataset.from_tensor_slices((x_train, y_train))
    .shuffle(buffer_size=len(x_train), seed=42)
    .batch(batch_size)
)
val_dataset = tf.data.Dataset.from_tensor_slices((x_test, y_test)).batch(batch_size)
print("훈련 배치:", len(train_dataset), "검증 배치:", len(val_dataset))
