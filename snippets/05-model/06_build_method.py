# build()를 직접 구현해, 입력 형태만으로 안쪽 레이어의 가중치를 만드는 모델
class BuildableClassifier(DigitClassifier):
    def build(self, input_shape):
        self.hidden.build(input_shape)
        # classifier의 입력은 hidden의 출력, 곧 (배치, hidden_units) 형태입니다.
        self.classifier.build((*input_shape[:-1], self.hidden_units))
        # Dropout에는 가중치가 없으므로 build할 것이 없습니다.


buildable = BuildableClassifier(hidden_units=32, name="buildable")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    buildable.build(input_shape=(None, 64))

print("built:", buildable.built)
print("가중치 수:", len(buildable.weights))
print("경고 수:", len(caught))
