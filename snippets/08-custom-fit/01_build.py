from keras import layers


def build(model_class):
    """64 → 32(relu) → 10(softmax) 분류기를 함수형 API로 연결하고 model_class로 감쌉니다."""
    inputs = keras.Input(shape=(64,))
    hidden = layers.Dense(32, activation="relu")(inputs)
    outputs = layers.Dense(10, activation="softmax")(hidden)
    return model_class(inputs, outputs)
