# 길이가 3, 5, 2인 정수 시퀀스 세 개 (0은 패딩용으로 비워 둔 번호입니다)
raw_sequences = [[7, 3, 9], [4, 8, 2, 6, 5], [1, 6]]
lengths = [len(s) for s in raw_sequences]

# 뒤쪽(post)을 0으로 채워 길이 6짜리 배치 하나로 만듭니다.
padded = keras.utils.pad_sequences(raw_sequences, maxlen=6, padding="post")
print(padded)
print(padded.shape, padded.dtype)
