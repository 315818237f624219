layer = ActivityRegularizationLayer(rate=0.1)
print("호출 전:", layer.losses)

_ = layer(ops.ones((2, 3)))  # 입력 합 6 → 손실 0.1 * 6
print("첫 번째 호출 뒤:", [round(float(loss), 4) for loss in layer.losses])

_ = layer(2 * ops.ones((2, 3)))  # 입력 합 12 → 손실 0.1 * 12
print("두 번째 호출 뒤:", [round(float(loss), 4) for loss in layer.losses])
print("손실 개수:", len(layer.losses))
