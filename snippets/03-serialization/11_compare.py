original_pred = model.predict(x[:100], verbose=0)
loaded_pred = loaded.predict(x[:100], verbose=0)
print("예측이 완전히 같은가:", np.array_equal(original_pred, loaded_pred))
print("예측의 최대 절대 차이:", float(np.max(np.abs(original_pred - loaded_pred))))

same_weights = all(
    np.array_equal(a, b) for a, b in zip(model.get_weights(), loaded.get_weights())
)
print("가중치가 모두 같은가:", same_weights, f"({len(loaded.get_weights())}개)")

mlp = loaded.get_layer("mlp")
print("불러온 레이어의 클래스:", type(mlp).__name__, type(mlp.linear_1).__name__)
print("옵티마이저가 진행한 스텝 수:", int(loaded.optimizer.iterations))
