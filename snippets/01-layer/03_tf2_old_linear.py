# TF 2.0 시절 글에 있던 코드 그대로입니다 (tf.Variable을 속성에 직접 할당).
class OldLinear(keras.layers.Layer):
    def __init__(self, units=32, input_dim=32):
        super(OldLinear, self).__init__()
        w_init = tf.random_normal_initializer()
        self.w = tf.Variable(
            initial_value=w_init(shape=(input_dim, units), dtype="float32"),
            trainable=True,
        )
        b_init = tf.zeros_initializer()
        self.b = tf.Variable(
            initial_value=b_init(shape=(units,), dtype="float32"), trainable=True
        )

    def call(self, inputs):
        return tf.matmul(inputs, self.w) + self.b


old_layer = OldLinear(units=5, input_dim=3)
y = old_layer(tf.ones((3, 3)))
print("출력 형태:", y.shape)
print("weights:", old_layer.weights)
print("추적된 가중치 수:", len(old_layer.weights))
print("assert가 통과하는가:", old_layer.weights == [old_layer.w, old_layer.b])
