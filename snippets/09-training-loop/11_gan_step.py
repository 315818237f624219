# 판별망과 생성망에 옵티마이저를 하나씩 둡니다.
d_optimizer = keras.optimizers.Adam(learning_rate=0.002, beta_1=0.5)
g_optimizer = keras.optimizers.Adam(learning_rate=0.002, beta_1=0.5)
gan_loss_fn = keras.losses.BinaryCrossentropy(from_logits=True)
seed_generator = keras.random.SeedGenerator(1337)
# 에포크 평균 손실을 모을 지표
d_loss_tracker = keras.metrics.Mean()
g_loss_tracker = keras.metrics.Mean()


@tf.function
def gan_train_step(real_images):
    batch_size = tf.shape(real_images)[0]

    # 1) 판별망: 가짜(레이블 1)와 진짜(레이블 0)를 구별하도록 훈련합니다.
    random_latent_vectors = keras.random.normal(shape=(batch_size, latent_dim), seed=seed_generator)
    generated_images = generator(random_latent_vectors)
    combined_images = tf.concat([generated_images, real_images], axis=0)
    labels = tf.concat([tf.ones((batch_size, 1)), tf.zeros((batch_size, 1))], axis=0)
    labels += 0.05 * keras.random.uniform(tf.shape(labels), seed=seed_generator)  # 레이블 잡음
    with tf.GradientTape() as tape:
        predictions = discriminator(combined_images)
        d_loss = gan_loss_fn(labels, predictions)
    grads = tape.gradient(d_loss, discriminator.trainable_weights)
    d_optimizer.apply(grads, discriminator.trainable_weights)

    # 2) 생성망: 가짜에 "진짜"(0) 레이블을 붙여 판별망을 속이도록 훈련합니다 (판별망은 갱신하지 않음).
    random_latent_vectors = keras.random.normal(shape=(batch_size, latent_dim), seed=seed_generator)
    misleading_labels = tf.zeros((batch_size, 1))
    with tf.GradientTape() as tape:
        predictions = discriminator(generator(random_latent_vectors))
        g_loss = gan_loss_fn(misleading_labels, predictions)
    grads = tape.gradient(g_loss, generator.trainable_weights)
    g_optimizer.apply(grads, generator.trainable_weights)

    # 지표 갱신도 그래프 안에서 합니다.
    d_loss_tracker.update_state(d_loss)
    g_loss_tracker.update_state(g_loss)
