# TF 2.x에서는 확장자 없이 저장하면 TF 체크포인트나 SavedModel 폴더가 만들어졌습니다.
try:
    model.save_weights("digits_ckpt")
except Exception as e:
    print(f"{type(e).__name__}: {e}")

try:
    model.save("digits_saved_model")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
