import os
import tempfile
import zipfile

from sklearn.datasets import load_digits

digits = load_digits()
x = (digits.data / 16.0).astype("float32")  # 0..16 → 0..1
y = digits.target
y_onehot = np.eye(10, dtype="float32")[y]  # 정답을 원-핫 벡터로
print("x:", x.shape, "y_onehot:", y_onehot.shape)
