# evaluate도 compute_loss를 부르므로 같은 지표가 그대로 쓰입니다.
results = model.evaluate(x_digits, y_digits, batch_size=64, verbose=0, return_dict=True)
print({name: round(float(value), 4) for name, value in results.items()})
