@keras.saving.register_keras_serializable(package="guide")
class DigitClassifier(keras.Model):
    def __init__(self, hidden_units=64, num_classes=10, dropout_rate=0.2, **kwargs):
        super().__init__(**kwargs)  # name, dtype 같은 공통 인자를 부모에게 넘깁니다
        self.hidden_units = hidden_units
        self.num_classes = num_classes
        self.dropout_rate = dropout_rate
        self.hidden = keras.layers.Dense(hidden_units, activation="relu", name="hidden")
        self.dropout = keras.layers.Dropout(dropout_rate, name="dropout")
        self.classifier = keras.layers.Dense(num_classes, activation="softmax", name="classifier")

    def call(self, inputs, training=False):
        x = self.hidden(inputs)
        x = self.dropout(x, training=training)  # 훈련 때만 드롭아웃
        return self.classifier(x)

    def get_config(self):
        # 생성자 인자를 구성(config)에 담아 두면 저장한 모델을 다시 만들 수 있습니다.
        config = super().get_config()
        config.update(
            {
                "hidden_units": self.hidden_units,
                "num_classes": self.num_classes,
                "dropout_rate": self.dropout_rate,
            }
        )
        return config
