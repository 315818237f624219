import warnings

model = build(CustomModel)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2), loss="sparse_categorical_crossentropy")
train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)

# shuffle을 기본값(True)으로 둔 채 데이터셋을 넘기고, 그동안 난 경고를 모읍니다.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(train_ds, epochs=1, verbose=0)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
