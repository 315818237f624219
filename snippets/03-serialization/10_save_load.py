import io
import json
import os
import tempfile
import zipfile

import h5py

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "mlp_model.keras")
    model.save(path)

    # .keras 파일은 zip 압축 파일입니다. 안에 무엇이 들었는지 봅니다.
    with zipfile.ZipFile(path) as archive:
        print("파일 목록:", archive.namelist())
        saved_config = json.loads(archive.read("config.json"))
        # 가중치 파일(HDF5)의 맨 위 항목: 레이어의 가중치와 옵티마이저 상태
        with h5py.File(io.BytesIO(archive.read("model.weights.h5"))) as weights_file:
            print("model.weights.h5:", list(weights_file.keys()))
    mlp_config = saved_config["config"]["layers"][1]  # 0번은 입력 레이어, 1번이 MLPBlock
    print("registered_name:", mlp_config["registered_name"])
    print("config:", mlp_config["config"])

    loaded = keras.saving.load_model(path)
