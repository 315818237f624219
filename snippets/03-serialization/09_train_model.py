from sklearn.datasets import load_digits

digits = load_digits()
x = (digits.data / 16.0).astype("float32")  # 0..16 → 0..1
y = digits.target

inputs = keras.Input(shape=(64,))
outputs = MLPBlock(hidden_units=32, output_units=10, name="mlp")(inputs)
model = keras.Model(inputs, outputs)
model.compile(
    optimizer="adam",
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
history = model.fit(x, y, batch_size=64, epochs=2, verbose=2)
