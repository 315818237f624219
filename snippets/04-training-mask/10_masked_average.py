class MaskedAverage(keras.layers.Layer):
    """시간 축(axis=1)을 따라 평균을 내되, 마스크가 False인 자리는 뺍니다."""

    def call(self, inputs, mask=None):
        if mask is None:
            return keras.ops.mean(inputs, axis=1)
        # (batch, time) → (batch, time, 1): 특성 축으로 브로드캐스트되게 합니다.
        weights = keras.ops.expand_dims(keras.ops.cast(mask, inputs.dtype), axis=-1)
        total = keras.ops.sum(inputs * weights, axis=1)
        # 전부 패딩인 시퀀스(길이 0)에서 0으로 나누지 않게 최소 1로 둡니다.
        count = keras.ops.maximum(keras.ops.sum(weights, axis=1), 1.0)
        return total / count

    def compute_mask(self, inputs, mask=None):
        # 시간 축이 평균으로 사라졌으므로 다음 레이어에 넘길 마스크는 없습니다.
        return None
