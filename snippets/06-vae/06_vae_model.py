class VariationalAutoEncoder(keras.Model):
    """인코더와 디코더를 묶어 처음부터 끝까지 훈련할 수 있는 모델로 만듭니다."""

    def __init__(self, original_dim, intermediate_dim=64, latent_dim=4,
                 name="autoencoder", **kwargs):
        super().__init__(name=name, **kwargs)
        self.original_dim = original_dim
        self.encoder = Encoder(latent_dim=latent_dim, intermediate_dim=intermediate_dim)
        self.decoder = Decoder(original_dim, intermediate_dim=intermediate_dim)

    def call(self, inputs):
        z_mean, z_log_var, z = self.encoder(inputs)
        reconstructed = self.decoder(z)
        # KL 발산 규제 손실: 샘플마다 잠재 차원에 대해 더하고, 배치에 대해 평균 냅니다.
        kl_loss = -0.5 * ops.mean(
            ops.sum(z_log_var - ops.square(z_mean) - ops.exp(z_log_var) + 1, axis=-1)
        )
        self.add_loss(kl_loss)
        return reconstructed
