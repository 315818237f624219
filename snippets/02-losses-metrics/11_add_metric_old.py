import re


# TF 2.0 시절(Keras 2) 가이드에 있던 코드입니다. 손실은 add_loss로, 정확도는 add_metric으로 기록했습니다.
class LogisticEndpoint(keras.layers.Layer):
    def __init__(self, name=None):
        super(LogisticEndpoint, self).__init__(name=name)
        self.loss_fn = keras.losses.BinaryCrossentropy(from_logits=True)
        self.accuracy_fn = keras.metrics.BinaryAccuracy()

    def call(self, targets, logits, sample_weights=None):
        loss = self.loss_fn(targets, logits, sample_weights)
        self.add_loss(loss)

        acc = self.accuracy_fn(targets, logits, sample_weights)
        self.add_metric(acc, name="accuracy")

        return ops.softmax(logits)  # 원래 코드: tf.nn.softmax(logits)


layer = LogisticEndpoint()
try:
    layer(ops.ones((2, 2)), ops.ones((2, 2)))
except Exception as e:
    # 케라스는 메시지의 핵심 줄을 터미널용 굵은 글씨 코드로 감쌉니다. 읽기 좋게 걷어 냅니다.
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(e))
    print(f"{type(e).__name__}: {message}")
