# 같은 실수를 두 방식으로 해 봅니다: 출력 유닛이 4개와 6개인 두 Dense의 출력을 더합니다.

# 함수형 API: 레이어를 연결하는 순간 형태를 계산하므로, 모델을 만들기도 전에 오류가 납니다.
inputs = keras.Input(shape=(original_dim,))
try:
    outputs = layers.Add()([layers.Dense(4)(inputs), layers.Dense(6)(inputs)])
except Exception as e:
    print("함수형, 연결할 때:", type(e).__name__, str(e).split("\n")[0])


# 서브클래싱: 만들 때는 call()을 실행하지 않으므로 아무 일도 없습니다.
class BadSum(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.a = layers.Dense(4)
        self.b = layers.Dense(6)

    def call(self, inputs):
        return self.a(inputs) + self.b(inputs)


bad = BadSum()
print("서브클래싱, 만들 때: 오류 없음")
try:
    bad(x_train[:2])  # 처음 호출할 때 비로소 드러납니다.
except Exception as e:
    # 메시지가 길어서 형태를 말하는 부분만 출력합니다.
    message = str(e)
    print("서브클래싱, 호출할 때:", type(e).__name__, message[message.index("Incompatible"):].split(" [Op")[0])
