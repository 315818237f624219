import json
import os
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp_dir:
    path = os.path.join(tmp_dir, "mlp_model.keras")
    model.save(path)

    # .keras 파일은 zip 압축 파일입니다. 안에 무엇이 들었는지 봅니다.
    with zipfile.ZipFile(path) as archive:
        print("파일 목록:", archive.namelist())
        saved_config = json.loads(archive.read("config.json"))
    mlp_config = saved_config["config"]["layers"][1]
    print("registered_name:", mlp_config["registered_name"])
    print("config:", mlp_config["config"])

    loaded = keras.saving.load_model(path)
