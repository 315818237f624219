# 만들 때는 입력 크기를 모릅니다.
linear_layer = Linear(units=4)
print("호출 전 built:", linear_layer.built, "/ 가중치 수:", len(linear_layer.weights))

# 처음 호출할 때 __call__이 build()를 한 번 부르고, 그때 가중치가 생깁니다.
y = linear_layer(ops.ones((3, 3)))
print("호출 후 built:", linear_layer.built, "/ 가중치 수:", len(linear_layer.weights))
print("w 형태:", linear_layer.w.shape)
print(y)
