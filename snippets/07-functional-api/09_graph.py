print("vae.layers:", [layer.name for layer in vae.layers])
print("입력 형태:", vae.input_shape, "출력 형태:", vae.output_shape)
print("인코더 출력 형태:", [t.shape for t in encoder.outputs])

# 그래프 안의 중간 텐서로 새 모델을 만들 수 있습니다: 이미지 → z_mean
z_mean_model = keras.Model(encoder.input, encoder.get_layer("z_mean").output)
print("z_mean_model 출력 형태:", z_mean_model(x_train[:3]).shape)

# 모델 구조 전체가 구성(config), 곧 파이썬 딕셔너리로 표현됩니다.
config = vae.get_config()
print("구성의 레이어:", [layer["class_name"] for layer in config["layers"]])
