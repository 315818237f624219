# fit으로 훈련한 모델과 섞이지 않도록 새 모델을 만듭니다.
vae = VariationalAutoEncoder(original_dim, intermediate_dim, latent_dim)

optimizer = keras.optimizers.Adam(learning_rate=1e-2)
loss_metric = keras.metrics.Mean()


@tf.function  # 파이썬 함수를 TensorFlow 그래프로 컴파일합니다.
def train_step(x):
    with tf.GradientTape() as tape:
        # fit()처럼 training=True로 호출합니다.
        reconstructed = vae(x, training=True)
        # 재구성 손실: 이미지마다 픽셀에 대해 더한 값을 배치에 대해 평균 냅니다.
        loss = ops.mean(reconstruction_loss(x, reconstructed))
        # call() 안에서 add_loss로 더한 KL 손실
        loss += sum(vae.losses)
    grads = tape.gradient(loss, vae.trainable_weights)
    optimizer.apply(grads, vae.trainable_weights)
    # fit()처럼 배치의 샘플 수로 가중해 에포크 평균을 냅니다.
    loss_metric.update_state(loss, sample_weight=ops.shape(x)[0])
