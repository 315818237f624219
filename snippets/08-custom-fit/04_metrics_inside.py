print("model.metrics:", [m.name for m in model.metrics])
# compile()의 지표들은 compile_metrics 지표 하나로 묶여 있고, 그 result()는 딕셔너리입니다.
compile_metrics = model.metrics[1]
print("compile_metrics.result():",
      {name: round(float(value), 4) for name, value in compile_metrics.result().items()})
# fit()은 train_step()이 돌려준 중첩 딕셔너리를 펼쳐서 로그와 history에 씁니다.
print("history 키:", sorted(history.history))
