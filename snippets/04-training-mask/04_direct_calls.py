x_probe = np.random.rand(12, 5).astype("float32")
y_probe = np.random.rand(12, 1).astype("float32")

model(x_probe)
report("model(x)")
model(x_probe, training=True)
report("training=True")
