# 호출해서 가중치까지 만든 서브클래싱 모델을 같은 방법으로 그립니다.
keras.utils.plot_model(
    subclassed_vae,
    to_file="subclassed_vae.png",
    show_shapes=True,
    show_layer_names=True,
    expand_nested=True,
    dpi=72,
)
