# 샘플 12개를 4개씩 배치로 묶으면 에포크마다 3스텝, 2에포크면 call()이 6번 계산됩니다.
model.fit(x_probe, y_probe, batch_size=4, epochs=2, verbose=2)
report("fit")
model.evaluate(x_probe, y_probe, batch_size=4, verbose=0)
report("evaluate")
model.predict(x_probe, batch_size=4, verbose=0)
report("predict")
model.fit(x_probe, y_probe, batch_size=4, epochs=1, verbose=2)
report("fit (두 번째)")
