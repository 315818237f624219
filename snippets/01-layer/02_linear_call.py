x = ops.ones((2, 2))
linear_layer = Linear(units=4, input_dim=2)
y = linear_layer(x)
print(y)
