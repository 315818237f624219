@keras.saving.register_keras_serializable(package="my_custom_package")
class LayerWithCustomAssets(keras.layers.Dense):
    def __init__(self, vocab=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.vocab = vocab

    def save_assets(self, inner_path):
        # 저장할 때 어휘(여기서는 문장 하나)를 텍스트 파일로 씁니다.
        with open(os.path.join(inner_path, "vocabulary.txt"), "w", encoding="utf-8") as f:
            f.write(self.vocab)

    def load_assets(self, inner_path):
        # 불러올 때 텍스트 파일에서 어휘를 읽습니다.
        with open(os.path.join(inner_path, "vocabulary.txt"), encoding="utf-8") as f:
            text = f.read()
        # 불러왔다는 것이 보이도록 <unk>를 채워 넣습니다.
        self.vocab = text.replace("<unk>", "작은")
