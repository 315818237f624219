class TemporalSplit(keras.layers.Layer):
    """시간 축을 반으로 나눠 텐서 두 개를 돌려줍니다. 마스크도 똑같이 나눠야 합니다."""

    def call(self, inputs):
        return keras.ops.split(inputs, 2, axis=1)

    def compute_mask(self, inputs, mask=None):
        if mask is None:
            return None
        return keras.ops.split(mask, 2, axis=1)


first_half, second_half = TemporalSplit()(embedded)
print("앞쪽 절반의 마스크:")
print(keras.ops.convert_to_numpy(first_half._keras_mask))
print("뒤쪽 절반의 마스크:")
print(keras.ops.convert_to_numpy(second_half._keras_mask))
