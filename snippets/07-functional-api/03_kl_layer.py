class KLDivergenceLoss(layers.Layer):
    """(z_mean, z_log_var)를 그대로 돌려주면서, 그 둘로 계산한 KL 손실을 add_loss로 더합니다."""

    def call(self, inputs):
        z_mean, z_log_var = inputs
        # 앞 페이지와 같은 KL 손실: 샘플마다 잠재 차원에 대해 더하고, 배치에 대해 평균 냅니다.
        kl_loss = -0.5 * ops.mean(
            ops.sum(z_log_var - ops.square(z_mean) - ops.exp(z_log_var) + 1, axis=-1)
        )
        self.add_loss(kl_loss)
        # 값은 바꾸지 않고 그대로 다음 레이어로 넘깁니다.
        return z_mean, z_log_var
