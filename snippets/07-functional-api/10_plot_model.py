# 레이어 그래프를 그립니다 (pydot 패키지와 graphviz 프로그램이 필요합니다).
# 그림은 to_file 에 저장되고, 노트북에서는 셀의 마지막 식이므로 셀 아래에 바로 보입니다.
# expand_nested=True는 인코더·디코더 모델 안의 레이어까지 펼쳐 그립니다.
keras.utils.plot_model(
    vae,
    to_file="functional_vae.png",
    show_shapes=False,
    show_layer_names=True,
    expand_nested=True,
    dpi=72,
)
