import re


class PassLossObject(keras.layers.Layer):
    def call(self, inputs):
        self.add_loss(keras.losses.MeanSquaredError())  # 손실 값이 아니라 손실 객체를 넘기면
        return inputs


try:
    PassLossObject()(ops.ones((2, 3)))
except ValueError as e:
    # 메시지에서 핵심 문장만 골라 출력합니다.
    print("ValueError:", re.search(r"`add_loss\(\)` can only be called.*?Received invalid value: <[A-Za-z]+", str(e), re.S).group(0))
