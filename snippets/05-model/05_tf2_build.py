import warnings

# TF 2.x 방식: 서브클래싱 모델에 build(input_shape)를 불러 가중치를 미리 만들기
other = DigitClassifier(hidden_units=32, name="built_by_build")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    other.build(input_shape=(None, 64))

print("built:", other.built)
print("가중치 수:", len(other.weights))
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
