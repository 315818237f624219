# 오류 메시지는 build()도 권하지만, build()를 구현하지 않은 모델에 build()만 부르면 가중치가 생기지 않습니다.
with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "digits.weights.h5")
    model.save_weights(path)

    built_only = DigitClassifier(hidden_units=32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # build()의 경고는 앞에서 보았습니다
        built_only.build(input_shape=(None, 64))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        built_only.load_weights(path)  # 오류 없이 끝나지만...
    print("load_weights가 낸 경고 수:", len(caught))

    # 비교: build()를 구현한 앞의 buildable에는 제대로 불러와집니다.
    buildable.load_weights(path)

print("load_weights 뒤 가중치 수:", len(built_only.weights))
print("예측이 똑같은가:", np.array_equal(before, built_only.predict(x_test, verbose=0)))
print("buildable의 예측이 똑같은가:", np.array_equal(before, buildable.predict(x_test, verbose=0)))
