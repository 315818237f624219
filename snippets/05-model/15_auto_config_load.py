# 저장될 구성으로 모델을 다시 만들면 은닉 레이어의 유닛 수는?
print("구성으로 다시 만든 모델의 유닛 수:", NoConfigClassifier.from_config(no_config.get_config()).hidden.units)

no_config(x_test[:1])  # 한 번 호출해 유닛 32개짜리 가중치를 만듭니다
with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "no_config.keras")
    no_config.save(path)
    try:
        keras.saving.load_model(path)
    except ValueError as e:
        # 메시지의 첫 줄과, 레이어 하나에 대한 설명 줄만 출력합니다.
        lines = str(e).splitlines()
        print(f"ValueError: {lines[0]}")
        print(next(line for line in lines if line.startswith("Layer ")))
