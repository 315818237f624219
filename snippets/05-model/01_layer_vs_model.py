print("Model은 Layer의 서브클래스인가:", issubclass(keras.Model, keras.layers.Layer))
print()
print(f"{'':<14}{'Layer':>7}{'Model':>7}")
for name in ["call", "weights", "compile", "fit", "evaluate", "predict", "layers", "summary", "save", "save_weights"]:
    print(f"{name:<14}{hasattr(keras.layers.Layer, name)!s:>7}{hasattr(keras.Model, name)!s:>7}")
