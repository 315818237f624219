# 실제 데이터로 한 번 호출해 가중치를 만듭니다.
subclassed_vae(x_train[:2])
subclassed_vae.summary(line_length=80, print_fn=print)

# 입력·출력 형태도, 중간 레이어의 출력 텐서도 모델이 알지 못합니다.
for attr in ["input_shape", "output_shape"]:
    try:
        print(attr, getattr(subclassed_vae, attr))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
try:
    subclassed_vae.encoder.dense_mean.output
except Exception as e:
    print(f"{type(e).__name__}: {e}")

# 생성자 인자를 담은 구성(get_config())을 직접 만들어 주지 않으면 구조를 직렬화할 수 없습니다.
try:
    subclassed_vae.get_config()
except Exception as e:
    # 메시지의 첫 문단만 출력합니다 (뒤에는 get_config 예제 코드가 이어집니다).
    message = str(e).strip().split("\n\n")[0]
    print(f"{type(e).__name__}: {message}")
