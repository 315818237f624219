# 생성자가 units만 받으므로 name 같은 표준 인자를 줄 수 없습니다.
try:
    Linear(64, name="my_linear")
except Exception as e:
    print(f"{type(e).__name__}: {e}")

# 이름이 구성에 없으므로, 다시 만든 레이어는 이름이 달라집니다.
print("원래 이름:", layer.name, "/ 다시 만든 레이어의 이름:", new_layer.name)
