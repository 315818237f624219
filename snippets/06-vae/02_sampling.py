from keras import layers, ops


class Sampling(layers.Layer):
    """(z_mean, z_log_var)로부터 숫자 이미지 한 장을 나타내는 잠재 벡터 z를 샘플링합니다."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # 난수 상태를 레이어가 가진 변수로 관리합니다.
        self.seed_generator = keras.random.SeedGenerator(1337)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        # 재매개변수화 트릭: epsilon ~ N(0, I)를 뽑고, 평균과 표준편차로 옮깁니다.
        epsilon = keras.random.normal(ops.shape(z_mean), seed=self.seed_generator)
        return z_mean + ops.exp(0.5 * z_log_var) * epsilon
