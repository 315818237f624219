# evaluate도 compute_loss를 부르므로 같은 지표가 그대로 쓰입니다.
results = model.evaluate(x_digits, y_digits, batch_size=64, verbose=0, return_dict=True)
print({name: round(float(value), 4) for name, value in results.items()})
# 평가를 시작할 때도 초기화되므로, 평가한 1797개만 셉니다.
print("accuracy_tracker가 센 샘플 수:", int(model.accuracy_tracker.count))
