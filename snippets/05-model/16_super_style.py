# 블로그(TF 2.0) 스타일: super(클래스, self) 형태, **kwargs 없음
@keras.saving.register_keras_serializable(package="guide")
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
except TypeError as e:
    print(f"TypeError: {e}")

# 저장은 되지만, 불러올 때 구성의 공통 항목이 생성자에 키워드 인자로 들어갑니다.
old_style = OldStyleClassifier()
old_style(x_test[:1])
print("저장되는 구성의 키:", sorted(old_style.get_config()))
with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "old_style.keras")
    old_style.save(path)
    try:
        keras.saving.load_model(path)
    except TypeError as e:
        # 긴 메시지의 마지막 줄에 실제 원인이 있습니다.
        print(f"TypeError: ... {str(e).splitlines()[-1]}")
