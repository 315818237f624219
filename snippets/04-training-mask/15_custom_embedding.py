class CustomEmbedding(keras.layers.Layer):
    """Embedding(mask_zero=True)를 흉내 냅니다: 입력 값 0에서 마스크를 새로 만듭니다."""

    def __init__(self, input_dim, output_dim, mask_zero=False, **kwargs):
        super().__init__(**kwargs)
        self.input_dim = input_dim
        self.output_dim = output_dim
        self.mask_zero = mask_zero

    def build(self, input_shape):
        self.embeddings = self.add_weight(
            shape=(self.input_dim, self.output_dim), initializer="random_normal"
        )

    def call(self, inputs):
        return keras.ops.take(self.embeddings, inputs, axis=0)

    def compute_mask(self, inputs, mask=None):
        if not self.mask_zero:
            return None
        return keras.ops.not_equal(inputs, 0)


custom_embedding = CustomEmbedding(10, 4, mask_zero=True)
custom_embedded = custom_embedding(padded)
print("출력 형태:", tuple(custom_embedded.shape))
print("출력에 붙은 마스크:")
print(keras.ops.convert_to_numpy(custom_embedded._keras_mask))
