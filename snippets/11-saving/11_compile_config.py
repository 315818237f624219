@keras.saving.register_keras_serializable(package="my_custom_package")
class ModelWithCustomCompile(CustomCompileModel):
    def get_compile_config(self):
        # 저장할 때 이 딕셔너리가 직렬화되어 config.json에 들어갑니다.
        return {
            "model_optimizer": self.model_optimizer,
            "loss_fn": self.loss_fn,
            "metric": self.loss_metrics,
        }

    def compile_from_config(self, config):
        # 직렬화된 값을 객체로 되돌립니다. 직접 만든 손실·지표는 등록 이름으로 찾습니다.
        optimizer = keras.saving.deserialize_keras_object(config["model_optimizer"])
        loss_fn = keras.saving.deserialize_keras_object(config["loss_fn"])
        metrics = keras.saving.deserialize_keras_object(config["metric"])

        # 되돌린 값으로 우리 compile()을 부릅니다.
        self.compile(optimizer=optimizer, loss_fn=loss_fn, metrics=metrics)

        # 옵티마이저의 변수(스텝 수 iterations, Adam의 모멘트 등)를 지금 만듭니다.
        # 이 메서드 다음에 저장된 변수 값을 채우므로, 변수가 없으면 옵티마이저 상태를 버립니다.
        # 기본 compile_from_config()도 이렇게 합니다.
        if self.built:
            self.optimizer.build(self.trainable_variables)
