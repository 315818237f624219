import os
import tempfile
import warnings

# 옛 레이어 하나로 된 Sequential 모델을 fit()으로 3 에포크 훈련합니다.
x_train = np.random.normal(size=(64, 3)).astype("float32")
y_train = np.random.normal(size=(64, 5)).astype("float32")
old_model = keras.Sequential([keras.Input(shape=(3,)), old_layer])
old_model.compile(optimizer="sgd", loss="mse")
w_before = old_layer.w.numpy()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    history = old_model.fit(x_train, y_train, epochs=3, batch_size=16, verbose=0)
for warning in caught:
    print("경고:", warning.message)
print("에포크별 손실:", [round(loss, 4) for loss in history.history["loss"]])
print("w가 바뀌었는가:", not np.array_equal(w_before, old_layer.w.numpy()))

# 가중치를 파일에 저장했다가 같은 구조의 새 모델에 불러옵니다.
path = os.path.join(tempfile.mkdtemp(), "old.weights.h5")
old_model.save_weights(path)
# 파일 안의 배열 이름을 모두 봅니다 (레이어 가중치는 layers/ 아래에 들어갑니다).
import h5py

with h5py.File(path) as f:
    names = []
    f.visititems(lambda name, obj: names.append(name) if isinstance(obj, h5py.Dataset) else None)
print("파일에 든 배열:", names)
restored = keras.Sequential([keras.Input(shape=(3,)), OldLinear(units=5, input_dim=3)])
restored.load_weights(path)
same = np.allclose(old_model.predict(x_train, verbose=0), restored.predict(x_train, verbose=0))
print("불러온 모델의 출력이 같은가:", same)
