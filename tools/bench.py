"""make bench: 문서 테스트가 실제 코드 실행에 비해 얼마나 무거운지, 그리고 `make test` 가 페이지를 몇 번 실행하는지 잽니다.

- import: 새 프로세스에서 `import tensorflow, keras` 한 번 (3번의 중앙값)
- raw: TensorFlow 를 이미 불러온 작업 프로세스에서 모든 페이지의 블록을 한 번씩 실행한 시간의 합
- 한 번 실행 = import + raw: 모든 페이지를 한 번 실행하는 데 드는 최소 시간
- 비율 1 = 문서 테스트(pytest tests/test_pages.py)의 벽시계 시간 ÷ 한 번 실행. 목표 ≤ 1.3
- 비율 2 (배수) = `make test` 의 pytest 전체 안에서 페이지를 실행한 시간의 합 ÷ 한 번 실행. 목표 ≤ 2.5
  페이지를 실행하는 곳은 docpages.run.run_page(문서 테스트, 검사기 자체 시험)와 노트북 커널 실행이고, 둘 다
  DOCPAGES_RUNLOG 파일에 (목적, 페이지, 초)를 적습니다. 커널 시작과 TensorFlow import 도 그 안에 들어갑니다.
조용한 머신에서 재세요 (다른 일이 CPU 를 쓰면 값이 커집니다).
"""

from __future__ import annotations

import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docpages.pages import ROOT, read_blocks, runnable_pages
from docpages.run import EXEC_ENV, RUNLOG, Worker, figure_dir

ENV = dict(os.environ, **EXEC_ENV)
IMPORT = "import time; t = time.perf_counter(); import tensorflow, keras; print(time.perf_counter() - t)"


def import_seconds() -> float:
    runs = [float(subprocess.run([sys.executable, "-c", IMPORT], env=ENV, capture_output=True, text=True, check=True).stdout) for _ in range(3)]
    return statistics.median(runs)


def raw_seconds() -> dict[str, float]:
    """TensorFlow 를 먼저 불러온 작업 프로세스 하나에서 모든 페이지를 한 번씩: 페이지 → 블록 실행 시간의 합."""
    worker = Worker()
    try:
        worker.request(("page", tempfile.mkdtemp()), timeout=60)
        worker.request(("block", "import tensorflow, keras", "<import>", "import"), timeout=120)
        per_page = {}
        for page in runnable_pages():
            figure_dir(page).mkdir(parents=True, exist_ok=True)
            worker.request(("page", str(figure_dir(page))), timeout=60)
            total = 0.0
            for block in read_blocks(page):
                answer = worker.request(("block", block.code, str(block.snippet_path), Path(block.include).stem), timeout=block.timeout)
                if answer is None or answer["error"]:
                    raise SystemExit(f"{block.where} 가 실패해서 잴 수 없습니다:\n{answer and answer['error']}")
                total += answer["seconds"]
            per_page[page.stem] = total
        return per_page
    finally:
        worker.close()


def pytest_wall(args: list[str], runlog: Path | None = None) -> float:
    env = dict(ENV, **({RUNLOG: str(runlog)} if runlog else {}))
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stdout[-3000:])
        raise SystemExit(f"pytest {' '.join(args)} 가 실패해서 잴 수 없습니다.")
    return wall


def main() -> None:
    imp = import_seconds()
    per_page = raw_seconds()
    raw = sum(per_page.values())
    once = imp + raw
    for page, sec in per_page.items():
        print(f"  {page:<24} 블록 실행 {sec:6.2f} s")
    doc_wall = pytest_wall(["tests/test_pages.py", "-k", "test_block"])
    with tempfile.TemporaryDirectory() as tmp:
        runlog = Path(tmp) / "runs.jsonl"
        suite_wall = pytest_wall([], runlog)
        runs = [json.loads(line) for line in runlog.read_text(encoding="utf-8").splitlines()]
    by_purpose = collections.defaultdict(lambda: [0, 0.0])
    for r in runs:
        by_purpose[r["purpose"]][0] += 1
        by_purpose[r["purpose"]][1] += r["seconds"]
    executed = sum(sec for _, sec in by_purpose.values())
    print(f"import tensorflow    {imp:6.2f} s   (새 프로세스 3번의 중앙값)")
    print(f"raw block execution  {raw:6.2f} s   (모든 페이지 블록의 실행 시간 합, 페이지 {len(per_page)}개)")
    print(f"한 번 실행           {once:6.2f} s   (import + raw)")
    print(f"doc-test wall        {doc_wall:6.2f} s   (pytest tests/test_pages.py -k test_block)")
    print(f"ratio wall/(import+raw) = {doc_wall / once:.2f}   (목표 ≤ 1.3)")
    print(f"make test 의 pytest 전체 {suite_wall:6.2f} s, 그 안에서 페이지 실행:")
    for purpose, (count, sec) in sorted(by_purpose.items()):
        print(f"  {purpose:<16} 페이지 {count:>3}번 {sec:7.2f} s  ({sec / once:.2f} × 한 번 실행)")
    print(f"multiplicity (페이지 실행 시간 합 ÷ 한 번 실행) = {executed / once:.2f}   (목표 ≤ 2.5)")


if __name__ == "__main__":
    main()
