import re


# 데코레이터를 깜빡한 레이어입니다.
class Shift(keras.layers.Layer):
    def build(self, input_shape):
        self.shift = self.add_weight(shape=(input_shape[-1],), initializer="ones")

    def call(self, inputs):
        return inputs + self.shift


shift_inputs = keras.Input(shape=(3,))
shift_model = keras.Model(shift_inputs, Shift(name="shift")(shift_inputs))

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "shift_model.keras")
    shift_model.save(path)  # 저장은 됩니다.
    try:
        keras.saving.load_model(path)
    except Exception as e:
        # 메시지에 모델 구성 전체가 들어 있어 매우 깁니다. 핵심 문장만 골라 출력합니다.
        message = str(e)
        print(f"{type(e).__name__}: {message.split('. ')[0]}.")
        print(re.search(r"Could not locate class .*?load them\.", message).group(0))

    # 클래스를 직접 알려 주면 불러올 수 있습니다.
    restored = keras.saving.load_model(path, custom_objects={"Shift": Shift})
    print("custom_objects로 불러온 레이어:", type(restored.get_layer("shift")).__name__)
