def reconstruction_loss(x, reconstructed):
    """이미지마다 픽셀 64개의 이진 교차 엔트로피를 더합니다. 결과의 형태는 (배치 크기,)입니다."""
    return ops.sum(ops.binary_crossentropy(x, reconstructed), axis=-1)


# 위에서 재구성한 8장으로 확인합니다.
per_image = reconstruction_loss(x_train[:8], reconstructed)
print("이미지마다:", np.round(ops.convert_to_numpy(per_image), 2))
print(f"배치 평균: {float(ops.mean(per_image)):.4f}")
# keras.losses.BinaryCrossentropy()는 픽셀에 대해서도 평균을 냅니다 (64로 나눈 값).
bce = keras.losses.BinaryCrossentropy()(x_train[:8], reconstructed)
print(f"BinaryCrossentropy(): {float(bce):.4f} × 64 = {float(bce) * 64:.4f}")
