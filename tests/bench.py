"""make bench: 문서 테스트가 실제 코드 실행에 비해 얼마나 무거운지 잽니다.

- wall: `pytest tests/test_pages.py` 전체 벽시계 시간 (새 프로세스)
- import: 새 프로세스에서 `import tensorflow, keras` 한 번에 걸린 시간
- raw: TensorFlow 를 이미 불러온 프로세스에서 모든 페이지의 블록을 그냥 exec 한 시간의 합
- ratio = wall / (import + raw). 목표 ≤ 1.3
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from tests.docpages import ROOT

ENV = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", TF_ENABLE_ONEDNN_OPTS="0")

IMPORT = "import time; t = time.perf_counter(); import tensorflow, keras; print(time.perf_counter() - t)"

RAW = """
import json, time
import tensorflow, keras
from tests.docpages import guide_pages, read_blocks, run_page
per_page = {}
for page in guide_pages():
    result = run_page(page, read_blocks(page))
    per_page[page.stem] = sum(r.seconds for r in result.runs)
print(json.dumps(per_page))
"""


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=ENV, capture_output=True, text=True, check=True).stdout


def main() -> None:
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_pages.py", "-q", "-p", "no:randomly", "-k", "test_block"],
        cwd=ROOT, env=ENV, capture_output=True, text=True,
    )
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stdout[-3000:])
        raise SystemExit("문서 테스트가 실패해서 측정할 수 없습니다.")
    imports = [float(_python(IMPORT)) for _ in range(3)]
    imp = sorted(imports)[1]
    per_page = json.loads(_python(RAW).strip().splitlines()[-1])
    raw = sum(per_page.values())
    for page, sec in per_page.items():
        print(f"  {page:<24} 블록 실행 {sec:6.2f} s")
    print(f"doc-test wall        {wall:6.2f} s   (pytest tests/test_pages.py)")
    print(f"import tensorflow    {imp:6.2f} s   (새 프로세스 3번의 중앙값)")
    print(f"raw block execution  {raw:6.2f} s   (모든 페이지 블록의 exec 시간 합)")
    print(f"ratio wall/(import+raw) = {wall / (imp + raw):.2f}   (목표 ≤ 1.3)")


if __name__ == "__main__":
    main()
