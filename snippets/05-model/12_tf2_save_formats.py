# TF 2.x에서는 확장자 없이 저장하면 TF 체크포인트나 SavedModel 폴더가 만들어졌습니다.
try:
    model.save_weights("digits_ckpt")
except ValueError as e:
    print(f"ValueError: {e}")

try:
    model.save("digits_saved_model")
except ValueError as e:
    print(f"ValueError: {e}")

# 체크포인트는 digits_ckpt.index처럼 이름 뒤에 붙은 파일들로 만들어지므로 "digits"로 시작하는 것을 모두 찾습니다.
print("만들어진 파일:", [name for name in os.listdir() if name.startswith("digits")])
