vae.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.MeanSquaredError(),
)
history = vae.fit(x_train, x_train, epochs=3, batch_size=64, verbose=2)
