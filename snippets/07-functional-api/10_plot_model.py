from PIL import Image

# 레이어 그래프를 그림 파일로 저장합니다 (pydot 패키지와 graphviz 프로그램이 필요합니다).
# expand_nested=True는 인코더·디코더 모델 안의 레이어까지 펼쳐 그립니다.
keras.utils.plot_model(
    vae,
    to_file="functional_vae.png",
    show_shapes=False,
    show_layer_names=True,
    expand_nested=True,
    dpi=72,
)
Image.open("functional_vae.png")  # 저장한 그림을 열어 봅니다.
