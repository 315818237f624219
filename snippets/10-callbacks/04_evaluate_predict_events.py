# 테스트 샘플 797개가 한 배치에 들어가도록 batch_size를 잡습니다.
results = model.evaluate(x_test, y_test, batch_size=1000, verbose=0, callbacks=[EventPrinter()])
print()
predictions = model.predict(x_test, batch_size=1000, verbose=0, callbacks=[EventPrinter()])
