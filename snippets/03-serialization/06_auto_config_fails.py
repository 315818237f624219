class Scale(keras.layers.Layer):
    """스칼라 가중치 하나를 곱하는 레이어. 초기화 함수 객체를 인자로 받습니다."""

    def __init__(self, initializer="ones", **kwargs):
        super().__init__(**kwargs)
        self.initializer = initializer

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(), initializer=self.initializer)

    def call(self, inputs):
        return inputs * self.scale


layer = Scale(keras.initializers.Constant(2.0))
try:
    layer.get_config()
except Exception as e:
    # 메시지 뒤쪽의 예제 코드는 빼고 설명 부분만 출력합니다.
    print(f"{type(e).__name__}: {str(e).split('Example:')[0].strip()}")
