sampling = Sampling()
z_mean = ops.zeros((3, 2))
z_log_var = ops.zeros((3, 2))  # 분산 = exp(0) = 1

# 같은 입력으로 두 번 호출하면 난수 상태가 바뀌어 다른 z가 나옵니다.
print(np.round(ops.convert_to_numpy(sampling((z_mean, z_log_var))), 4))
print(np.round(ops.convert_to_numpy(sampling((z_mean, z_log_var))), 4))
print("가중치:", sampling.weights)
print("난수 상태 변수:", [v.path for v in sampling.non_trainable_variables])
