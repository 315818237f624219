print("weights:", len(my_sum.weights))
print("non_trainable_weights:", len(my_sum.non_trainable_weights))
# 훈련 가능한 가중치 목록에는 들어가지 않습니다.
print("trainable_weights:", my_sum.trainable_weights)
