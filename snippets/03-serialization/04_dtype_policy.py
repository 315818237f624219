# dtype 인자로 준 문자열은 dtype 정책 객체가 됩니다. 가중치(변수)와 계산의 dtype을 함께 정합니다.
print(layer.dtype_policy, "변수:", layer.variable_dtype, "계산:", layer.compute_dtype)

# 혼합 정밀도 정책은 가중치는 float32로 두고 계산만 float16으로 합니다.
mixed = Linear(64, dtype="mixed_float16")
print(mixed.dtype_policy, "변수:", mixed.variable_dtype, "계산:", mixed.compute_dtype)
