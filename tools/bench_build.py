"""make bench-build: 노트북이 `mkdocs build` 를 얼마나 느리게 하는지 잽니다 (목표 ≤ 1.5).

- 노트북 없음: mkdocs.yml 을 그대로 물려받고(INHERIT) hooks 에서 hooks/notebooks.py, plugins 에서 mkdocs-jupyter 만
  뺀 설정으로 빌드합니다. 나머지(용어·검색 훅, kiwipiepy 색인)는 같습니다.
- 노트북 있음(차가운 캐시): 매번 mkdocs-jupyter 의 렌더 캐시(build/mkdocs-jupyter)를 지우고 mkdocs.yml 로 빌드합니다.
  CI 의 새 클론과 같은 상태입니다. 따뜻한 캐시(바로 앞 빌드의 캐시가 있음)도 따로 잽니다 (make serve 의 다시 빌드).
- 세 가지를 번갈아 N 번(BENCH_RUNS, 기본 5) 돌립니다. 이 머신(가상 머신 2코어)은 같은 빌드도 실행마다 ±25% 씩
  빨라지고 느려지므로, 비율은 같은 회차의 두 빌드끼리 나눈 값(짝 비율)의 중앙값을 씁니다. 시간 중앙값도 함께 보여 줍니다.
- 사이트는 임시 폴더에 만들어 site/ 를 건드리지 않습니다.
- 빌드 중에 TensorFlow 가 import 되면 hooks/notebooks.py 가 경고하고 --strict 라 빌드가 실패합니다 (여기서도 --strict).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--strict"]
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", NBCONVERT_DISABLE_CONFIG_EXPORTERS="1")
NOTEBOOK_HOOK = "hooks/notebooks.py"
NOTEBOOK_PLUGIN = "mkdocs-jupyter"


def _plugin_name(entry) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def without_notebooks_config() -> str:
    """mkdocs.yml 에서 노트북 훅과 mkdocs-jupyter 만 뺀 설정 (INHERIT 는 목록을 합치지 않고 바꿉니다)."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    hooks = [h for h in config["hooks"] if h != NOTEBOOK_HOOK]
    plugins = [p for p in config["plugins"] if _plugin_name(p) != NOTEBOOK_PLUGIN]
    if len(hooks) == len(config["hooks"]) or len(plugins) == len(config["plugins"]):
        raise SystemExit(f"mkdocs.yml 에서 {NOTEBOOK_HOOK} 또는 {NOTEBOOK_PLUGIN} 를 찾지 못했습니다.")
    return yaml.safe_dump({"INHERIT": "mkdocs.yml", "hooks": hooks, "plugins": plugins}, allow_unicode=True)


def _build(args: list[str], site: str) -> float:
    t = time.perf_counter()
    proc = subprocess.run([*MKDOCS, "-q", "-d", site, *args], cwd=ROOT, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        raise SystemExit(f"빌드가 실패했습니다: mkdocs build {' '.join(args)}")
    return seconds


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    cache = ROOT / "build" / "mkdocs-jupyter"
    # 설정 파일은 mkdocs.yml 옆에 있어야 상대 경로(docs/, hooks/, overrides/)가 같습니다. 끝나면 지웁니다.
    fd, name = tempfile.mkstemp(prefix=".bench-build-", suffix=".yml", dir=ROOT)
    times: dict[str, list[float]] = {"without": [], "cold": [], "warm": []}
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(without_notebooks_config())
    try:
        with tempfile.TemporaryDirectory() as site:
            for i in range(runs):
                times["without"].append(_build(["-f", name], site))
                shutil.rmtree(cache, ignore_errors=True)
                times["cold"].append(_build([], site))
                times["warm"].append(_build([], site))
                print(f"  {i + 1}/{runs}: 노트북 없음 {times['without'][-1]:5.2f} s · "
                      f"노트북(차가운 캐시) {times['cold'][-1]:5.2f} s · 노트북(따뜻한 캐시) {times['warm'][-1]:5.2f} s")
    finally:
        os.unlink(name)
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = {k: statistics.median(t / w for t, w in zip(times[k], times["without"])) for k in ("cold", "warm")}
    print(f"mkdocs build 노트북 없음          {med['without']:6.2f} s  (중앙값, {runs}번)")
    print(f"mkdocs build 노트북, 차가운 캐시   {med['cold']:6.2f} s")
    print(f"mkdocs build 노트북, 따뜻한 캐시   {med['warm']:6.2f} s")
    print(f"ratio cold/without = {ratio['cold']:.2f}   (같은 회차끼리 나눈 비율의 중앙값, 목표 ≤ 1.5)")
    print(f"ratio warm/without = {ratio['warm']:.2f}")


if __name__ == "__main__":
    main()
