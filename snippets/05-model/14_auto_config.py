# get_config()를 정의하지 않은 서브클래싱 모델
@keras.saving.register_keras_serializable(package="guide")
class NoConfigClassifier(keras.Model):
    def __init__(self, hidden_units=64, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden_units, activation="relu", name="hidden")
        self.classifier = keras.layers.Dense(10, activation="softmax", name="classifier")

    def call(self, inputs):
        return self.classifier(self.hidden(inputs))


# 비교용: 같은 생성자를 가진 레이어
class NoConfigBlock(keras.layers.Layer):
    def __init__(self, hidden_units=64, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden_units, activation="relu")

    def call(self, inputs):
        return self.hidden(inputs)


no_config = NoConfigClassifier(hidden_units=32)
print("만들 때 넘긴 hidden_units: 32")
print("Model의 자동 구성에 기록된 hidden_units:", no_config.get_config()["hidden_units"])
print("Layer의 자동 구성에 기록된 hidden_units:", NoConfigBlock(hidden_units=32).get_config()["hidden_units"])
