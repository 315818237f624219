"""make deviation: 실행 환경을 바꾸면 페이지의 숫자가 얼마나 달라지는지 잽니다 (docpages/compare.py 의 RTOL 근거).

모든 실행되는 페이지를 다음 변형마다 한 번씩 실행하고, 블록마다 출력 파일(.out)과의 가장 큰 차이를 보여 줍니다.
차이는 compare.excess: |실제 - 기대| 에서 찍힌 마지막 자리 한 단위를 뺀 것을 |기대| 로 나눈 값입니다 (규칙 2 의 rtol 과 같은 단위).
- 기준: make test 와 같은 환경 (oneDNN 끔, CPU 전부)
- oneDNN 켬: TF_ENABLE_ONEDNN_OPTS=1 (다른 CPU 커널을 씁니다)
- CPU 하나: taskset -c 0 (TensorFlow 의 스레드 수가 바뀝니다)
글자나 정수가 달라진 블록은 "모양이 다름"으로 따로 보여 줍니다 (허용 오차로 통과시킬 수 없는 차이).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from docpages import compare
from docpages.pages import ROOT, read_blocks, rel, runnable_pages

VARIANTS = {
    "기준": ([], {}),
    "oneDNN 켬": ([], {"TF_ENABLE_ONEDNN_OPTS": "1"}),
    "CPU 하나": (["taskset", "-c", "0"], {}),
}


def run_variant(env: dict) -> dict:
    """이 프로세스에서: 모든 페이지를 실행하고 블록마다 (excess 또는 None) 를 돌려줍니다."""
    from docpages import run

    run.EXEC_ENV.update(env)
    found = {}
    for page in runnable_pages():
        result = run.run_page(page, read_blocks(page), purpose="deviation")
        for block, r in zip(result.blocks, result.runs):
            if block.output_path is None:
                continue
            key = rel(block.output_path)
            if r.error or r.skipped:
                found[key] = "실패"
            else:
                worst = compare.largest_excess(block.expected or "", r.stdout)
                found[key] = "모양이 다름" if worst is None else worst
    return found


def main() -> None:
    if "--child" in sys.argv:
        env = json.loads(sys.argv[sys.argv.index("--child") + 1])
        print(json.dumps(run_variant(env)))
        return
    table: dict[str, dict] = {}
    for name, (prefix, env) in VARIANTS.items():
        if prefix and not shutil.which(prefix[0]):
            print(f"{name}: {prefix[0]} 가 없어 건너뜁니다")
            continue
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "tools.deviation", "--child", json.dumps(env)],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )
        table[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{name}: 블록 {len(table[name])}개 실행", flush=True)
    names = list(table)
    keys = sorted({k for v in table.values() for k in v})
    rows = []
    for key in keys:
        values = [table[n].get(key) for n in names]
        numeric = [v for v in values if isinstance(v, float)]
        rows.append((max(numeric, default=0.0) if len(numeric) == len(values) else float("inf"), key, values))
    rows.sort(reverse=True)
    print(f"\n{'블록 출력':<52}" + "".join(f"{n:>14}" for n in names))
    for worst, key, values in rows:
        if worst == 0.0:
            continue
        cells = [f"{v:>14.2e}" if isinstance(v, float) else f"{str(v):>14}" for v in values]
        print(f"{key:<52}" + "".join(cells))
    finite = [w for w, _, _ in rows if w != float("inf")]
    print(f"\n모든 블록에서 가장 큰 차이 (모양이 같은 것): {max(finite, default=0.0):.2e}   지금 RTOL = {compare.RTOL:g}")
    print(f"0 이 아닌 블록 {sum(1 for w in finite if w > 0)}개, 모양이 다르거나 실패한 블록 {sum(1 for w, _, _ in rows if w == float('inf'))}개")


if __name__ == "__main__":
    main()
