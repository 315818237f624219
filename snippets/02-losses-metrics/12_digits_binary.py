from sklearn.datasets import load_digits

digits = load_digits()
x_digits = (digits.data / 16.0).astype("float32")  # 0..16 → 0..1
# 이진 분류 문제로 바꿉니다: 숫자가 5 이상이면 1, 아니면 0
y_digits = (digits.target >= 5).astype("float32").reshape(-1, 1)
print("x:", x_digits.shape, "y:", y_digits.shape)
print(f"양성(1) 비율: {y_digits.mean():.4f}")
