# TF 2.x 가이드: 모델을 만든 뒤, 기호 텐서로 KL 손실을 계산해 모델에 더했습니다.
try:
    kl_loss = -0.5 * tf.reduce_mean(
        z_log_var - tf.square(z_mean) - tf.exp(z_log_var) + 1
    )
except Exception as e:
    # 오류 메시지가 길어서 첫 문장만 출력합니다.
    print(f"{type(e).__name__}: {str(e).split('. ')[0]}.")

# tf.* 대신 keras.ops를 쓰면 계산은 되지만, 함수형 모델에 더할 수는 없습니다.
kl_loss = -0.5 * ops.mean(z_log_var - ops.square(z_mean) - ops.exp(z_log_var) + 1)
print("kl_loss:", type(kl_loss).__name__, kl_loss.shape)
try:
    vae.add_loss(kl_loss)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
