results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
print(f"테스트 손실: {results['loss']:.4f}")
print(f"테스트 정확도: {results['accuracy']:.4f}")
