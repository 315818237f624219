import os
import subprocess
import sys

# 앞의 Linear(build() 판)와 같은 코드를 새 파이썬 프로세스에서 실행할 스크립트입니다.
# 준비 블록의 import tensorflow 없이, keras와 keras.ops만 씁니다.
SCRIPT = '''
import keras
import numpy as np
from keras import ops


class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        # 입력의 마지막 차원을 알게 된 뒤에야 가중치를 만듭니다.
        self.w = self.add_weight(
            shape=(input_shape[-1], self.units),
            initializer="random_normal",
            trainable=True,
            name="w",
        )
        self.b = self.add_weight(
            shape=(self.units,), initializer="random_normal", trainable=True, name="b"
        )

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b


keras.utils.set_random_seed(42)
x = np.arange(6, dtype="float32").reshape(2, 3)
layer = Linear(units=4)
y = layer(x)
# 같은 계산을 NumPy로 다시 해서 비교합니다 (초깃값은 백엔드마다 다릅니다).
expected = x @ ops.convert_to_numpy(layer.w) + ops.convert_to_numpy(layer.b)
print(
    f"{keras.backend.backend():<10}",
    type(y).__name__,
    tuple(y.shape),
    "x @ w + b와 같은가:",
    np.allclose(ops.convert_to_numpy(y), expected),
)
'''

for backend in ["tensorflow", "jax", "torch"]:
    # 백엔드는 프로세스가 keras를 처음 import할 때 환경 변수 KERAS_BACKEND로 정해집니다.
    env = dict(os.environ, KERAS_BACKEND=backend)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True
    )
    # 실패하면 오류 메시지의 마지막 줄을 보여 줍니다.
    print(result.stdout.strip() or result.stderr.strip().splitlines()[-1])
