# print_fn=print: 주피터 노트북에서도 표를 서식 없는 텍스트로 출력합니다.
encoder.summary(line_length=80, print_fn=print)
