class Double(keras.layers.Layer):
    """값을 두 배로 만듭니다. 시간 축은 그대로이므로 마스크를 그대로 넘겨도 안전합니다."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.supports_masking = True  # 들어온 마스크를 출력에 그대로 붙여 달라는 표시

    def call(self, inputs):
        return inputs * 2.0


doubled = Double()(embedded)
print("Double 출력의 마스크:")
print(keras.ops.convert_to_numpy(doubled._keras_mask))

# 마스크가 다음 레이어까지 도착했는지 확인: 직접 계산한 평균의 두 배여야 합니다.
result_doubled = keras.ops.convert_to_numpy(MaskedAverage()(doubled))
print(f"2 * 직접 계산과의 최대 절대 오차: {np.abs(result_doubled - 2 * manual).max():.2e}")
