# TensorFlow 2.21의 tf.keras는 Keras 3을 가리킵니다.
print("tf.keras.Model is keras.Model:", tf.keras.Model is keras.Model)

# TF 2.15 이하(Keras 2)의 tf.keras에서는 확장자 없는 경로에 저장하면 SavedModel 폴더가 만들어졌습니다.
try:
    model.save("my_model")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
