class KLDivergenceLoss(layers.Layer):
    """(z_mean, z_log_var)를 그대로 돌려주면서, 그 둘로 계산한 KL 손실을 add_loss로 더합니다."""

    def call(self, inputs):
        z_mean, z_log_var = inputs
        kl_loss = -0.5 * ops.mean(
            z_log_var - ops.square(z_mean) - ops.exp(z_log_var) + 1
        )
        self.add_loss(kl_loss)
        # 값은 바꾸지 않고 그대로 다음 레이어로 넘깁니다.
        return z_mean, z_log_var
