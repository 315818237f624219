# 블로그(TF 2.0) 스타일: super(클래스, self) 형태, **kwargs 없음
class OldStyleClassifier(keras.Model):
    def __init__(self):
        super(OldStyleClassifier, self).__init__()
        self.classifier = keras.layers.Dense(10, activation="softmax")

    def call(self, inputs):
        return self.classifier(inputs)


# 요즘 스타일: super() 형태, **kwargs를 부모에게 전달
class NewStyleClassifier(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.classifier = keras.layers.Dense(10, activation="softmax")

    def call(self, inputs):
        return self.classifier(inputs)


print("NewStyle:", NewStyleClassifier(name="new_style").name)
try:
    OldStyleClassifier(name="old_style")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
