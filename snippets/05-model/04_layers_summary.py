model = DigitClassifier(hidden_units=32, name="digit_classifier")
print("model.layers:", [layer.name for layer in model.layers])
print("호출 전 가중치 수:", len(model.weights))

# 형태만 가진 기호 입력으로 한 번 호출하면 각 레이어가 build되어 가중치가 생깁니다.
model(keras.Input(shape=(64,)))
print("호출 후 가중치 수:", len(model.weights))
model.summary(line_length=80)
