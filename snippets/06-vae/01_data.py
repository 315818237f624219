from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

# 8×8 손글씨 숫자 1797장. 픽셀 값 0..16을 16으로 나눠 [0, 1] 범위로 맞춥니다.
digits = load_digits()
x = digits.data.astype("float32") / 16.0
y = digits.target  # 정답 숫자(0..9). 훈련에는 쓰지 않고, 결과를 볼 때 숫자를 고르는 데만 씁니다.
original_dim = x.shape[1]  # 64 = 8 × 8

# 5장처럼 4분의 1은 떼어 두고, 훈련에 쓰지 않은 숫자도 재구성하는지 볼 때 씁니다.
x_train, x_test, y_train, y_test = train_test_split(
    x, y, test_size=0.25, random_state=0, stratify=y
)
print("훈련:", x_train.shape, "테스트:", x_test.shape)
print("최솟값:", x_train.min(), "최댓값:", x_train.max())
