import logging

with tempfile.TemporaryDirectory() as tmp_dir:
    export_dir = os.path.join(tmp_dir, "mlp_export")
    logging.disable(logging.INFO)  # 노트북에서 TensorFlow가 남기는 INFO 로그(저장한 경로)를 끕니다.
    model.export(export_dir, verbose=False)  # 배포용 SavedModel 폴더를 만듭니다.
    logging.disable(logging.NOTSET)
    print("SavedModel 폴더:", sorted(os.listdir(export_dir)))

    try:
        keras.saving.load_model(export_dir)
    except ValueError as e:
        # 메시지에 임시 폴더 경로가 들어 있으므로 SavedModel에 관한 문장만 골라 출력합니다.
        print("ValueError:", re.search(r"Note that .*? Keras 3\.", str(e)).group(0))

    # TFSMLayer는 SavedModel에 저장된 함수(엔드포인트 "serve")와 변수를 감싼 레이어입니다.
    reloaded = keras.layers.TFSMLayer(export_dir, call_endpoint="serve")
    same = np.array_equal(ops.convert_to_numpy(reloaded(x[:100])), original_pred)
    print("TFSMLayer의 출력이 원래 모델의 예측과 같은가:", same)
    print("클래스:", type(reloaded).__name__, "/ get_layer가 있는가:", hasattr(reloaded, "get_layer"))
