# 판별망: 8×8 이미지를 받아 "가짜일수록 큰" 로짓 하나를 냅니다.
discriminator = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        layers.Flatten(),
        layers.Dense(256),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Dense(128),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Dense(1),
    ],
    name="discriminator",
)

# 생성망: 16차원 잠재 벡터를 8×8 이미지로 바꿉니다.
latent_dim = 16
generator = keras.Sequential(
    [
        keras.Input(shape=(latent_dim,)),
        layers.Dense(128),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Dense(256),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Dense(64, activation="sigmoid"),  # 픽셀 값 [0, 1]
        layers.Reshape((8, 8, 1)),
    ],
    name="generator",
)
# count_params(): 가중치에 든 숫자의 개수 (5장 summary()의 파라미터 수)
print("판별망 파라미터 수:", discriminator.count_params())
print("생성망 파라미터 수:", generator.count_params())
