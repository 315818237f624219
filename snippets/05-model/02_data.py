from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()
x = (digits.data / 16.0).astype("float32")  # 0..16 → 0..1
y = digits.target.astype("int32")
x_train, x_test, y_train, y_test = train_test_split(
    x, y, test_size=0.25, random_state=0, stratify=y
)
print("훈련:", x_train.shape, y_train.shape)
print("테스트:", x_test.shape, y_test.shape)
