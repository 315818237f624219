model = build(CustomModel)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
# fit()은 평소처럼 부릅니다. 배치마다 위의 train_step()이 실행됩니다.
history = model.fit(x_train, y_train, epochs=3, verbose=2)
