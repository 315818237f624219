import keras
from keras import ops
import numpy as np
import tensorflow as tf

# 매 페이지는 깨끗한 케라스 세션과 고정된 시드에서 시작합니다.
# 같은 코드를 실행하면 이 페이지에 보이는 숫자와 같은 숫자를 얻습니다.
keras.utils.clear_session(free_memory=True)
keras.utils.set_random_seed(42)
tf.config.experimental.enable_op_determinism()
