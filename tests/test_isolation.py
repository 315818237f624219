"""페이지 사이에 상태가 새지 않는지: 모든 가이드 페이지를 섞은 순서로, 한 프로세스 안에서 두 번 실행합니다.

각 페이지는 새 네임스페이스와 공통 준비 블록(clear_session + set_random_seed)으로 시작하므로, 어떤 순서로
몇 번을 실행해도 모든 블록의 출력이 페이지와 같아야 합니다. 순서는 무작위이고, 실패하면 그 시드를 알려 줍니다.
같은 순서로 다시 재현하려면: python -m tests.test_isolation --seed N
"""

from __future__ import annotations

import os
import random
import subprocess
import sys

from tests.docpages import ROOT, check, guide_pages, read_blocks, rel, run_page


def run_shuffled_twice(seed: int) -> list[str]:
    pages = guide_pages()
    order = pages[:]
    random.Random(seed).shuffle(order)
    problems = []
    for attempt in (1, 2):
        for page in order:
            result = run_page(page, read_blocks(page))
            for block, run in zip(result.blocks, result.runs):
                if (msg := check(block, run, result)) is not None:
                    problems.append(f"[{attempt}번째, 순서 {[p.stem for p in order]}] {msg}")
            print(f"{attempt}번째 실행: {rel(page)} 블록 {len(result.blocks)}개", flush=True)
    return problems


def test_pages_in_random_order_twice_in_one_process():
    seed = random.SystemRandom().randrange(10**6)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", TF_ENABLE_ONEDNN_OPTS="0")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.test_isolation", "--seed", str(seed)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, (
        f"페이지를 섞어서 두 번 실행하니 실패했습니다 (재현: python -m tests.test_isolation --seed {seed}).\n\n"
        + proc.stdout[-20000:] + proc.stderr[-3000:]
    )


if __name__ == "__main__":
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 0
    print(f"시드 {seed}")
    found = run_shuffled_twice(seed)
    print("\n\n".join(found))
    sys.exit(1 if found else 0)
