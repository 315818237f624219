# fit으로 훈련한 모델과 섞이지 않도록 새 모델을 만듭니다.
vae = VariationalAutoEncoder(original_dim, intermediate_dim=32, latent_dim=2)

optimizer = keras.optimizers.Adam(learning_rate=1e-3)
mse_loss_fn = keras.losses.MeanSquaredError()
loss_metric = keras.metrics.Mean()


@tf.function  # 파이썬 함수를 TensorFlow 그래프로 컴파일합니다.
def train_step(x):
    with tf.GradientTape() as tape:
        reconstructed = vae(x)
        # 재구성 손실
        loss = mse_loss_fn(x, reconstructed)
        # call() 안에서 add_loss로 더한 KL 손실
        loss += sum(vae.losses)
    grads = tape.gradient(loss, vae.trainable_weights)
    optimizer.apply(grads, vae.trainable_weights)
    loss_metric.update_state(loss)
