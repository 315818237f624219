print("model.metrics:", [m.name for m in model.metrics])
# 부모 클래스 keras.Model의 metrics 구현을 직접 불러, 덮어쓰지 않았다면 돌려줬을 목록을 봅니다.
print("기본 구현의 metrics:", [m.name for m in keras.Model.metrics.fget(model)])

# 정확도 지표가 지금까지 본 샘플 수: 에포크마다 초기화되므로 3 * 1797이 아니라 1797입니다.
print("accuracy_tracker가 센 샘플 수:", int(model.accuracy_tracker.count))
print(f"마지막 에포크의 정확도: {float(model.accuracy_tracker.result()):.4f}")
