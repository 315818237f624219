class MeanDecodingVAE(keras.Model):
    """함수형으로 만든 인코더·디코더 모델을 감싸는 서브클래싱 모델입니다."""

    def __init__(self, encoder, decoder, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder

    def call(self, inputs, training=False):
        z_mean, z_log_var, z = self.encoder(inputs)
        # 파이썬 if: 훈련할 때는 샘플링한 z를, 추론할 때는 평균 z_mean을 디코딩합니다.
        if training:
            return self.decoder(z)
        return self.decoder(z_mean)


mixed = MeanDecodingVAE(encoder, decoder, name="mean_decoding_vae")
batch = x_train[:4]

a = mixed(batch, training=False)
b = mixed(batch, training=False)
print("추론: 두 번 호출한 결과가 같은가?", bool(np.allclose(a, b)))
a = mixed(batch, training=True)
b = mixed(batch, training=True)
print("훈련: 두 번 호출한 결과가 같은가?", bool(np.allclose(a, b)))
print("KL 손실:", len(mixed.losses), "개")
print("가중치를 함수형 vae와 공유하는가?",
      all(w1 is w2 for w1, w2 in zip(mixed.trainable_weights, vae.trainable_weights)))
