import warnings


# 마스킹 가이드의 TemporalSoftmax와 같은 종류:
# mask를 받아 쓰기만 하고 compute_mask()도 supports_masking도 정하지 않은 레이어
class ConsumeOnlyAverage(keras.layers.Layer):
    def call(self, inputs, mask=None):
        weights = keras.ops.expand_dims(keras.ops.cast(mask, inputs.dtype), axis=-1)
        return keras.ops.sum(inputs * weights, axis=1) / keras.ops.sum(weights, axis=1)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    consume_only = ConsumeOnlyAverage()(embedded)

print("결과는 같은가:", np.allclose(keras.ops.convert_to_numpy(consume_only), manual))
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
