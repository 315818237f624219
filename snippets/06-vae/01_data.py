from sklearn.datasets import load_digits

# 8×8 손글씨 숫자 1797장. 픽셀 값 0..16을 16으로 나눠 [0, 1] 범위로 맞춥니다.
x_train = load_digits().data.astype("float32") / 16.0
original_dim = x_train.shape[1]  # 64 = 8 × 8

print("형태:", x_train.shape)
print("최솟값:", x_train.min(), "최댓값:", x_train.max())
