"""만든 사이트를 실제 브라우저(헤드리스 Chromium)로 확인합니다: tests/browser/check.mjs 를 실행합니다.

- 모든 페이지를 밝은·어두운 모드로 열어, 127.0.0.1 이 아닌 곳으로 가는 요청(제3자 요청)·콘솔 오류·400 이상 응답이 없고,
  lang="ko" 와 meta description 이 있고, axe-core 의 serious/critical 위반이 없는지 봅니다.
- 코드 블록이 있는 페이지(가이드·노트북)에서는 화면 밖 코드 블록(content-visibility: auto)을 모두 그려도 제목 위치와 문서 높이가
  8px 넘게 움직이지 않는지 보고, 모두 그린 상태로 axe 를 돌립니다 (그리지 않은 블록의 토큰 색도 대비 검사를 받게).
- 가장 긴 노트북 페이지에서 쓰는 규칙만 남긴 노트북 CSS 를 남기기 전의 CSS(build/notebook.untrimmed.css)로 바꿔도
  모든 요소의 계산된 스타일이 같은지 봅니다 (밝은·어두운 모드).
- Lighthouse 12.2.3 (모바일)로 첫 페이지, 가장 긴 가이드 페이지, 가장 긴 노트북 페이지의 네 점수를 재고, 중앙값이 95 미만이면
  실패합니다. 성능 점수는 이 2코어 가상 머신의 CPU 상태에 따라 실행마다 흔들리므로 페이지마다 5번(LH_RUNS) 잰 중앙값으로
  판정하고, 기준 이상인 실행이 과반(3번)이거나 기준 밑인 실행이 과반이 되면 남은 실행은 하지 않습니다 (판정은 5번의 중앙값과 같음).

사이트는 make build 가 만든 site/ 를 씁니다 (make test 는 먼저 빌드합니다).
필요한 것(Chromium, npm 패키지)은 `make browser-deps` (= bash tests/browser/install.sh) 가 설치합니다.
없으면 이 테스트는 건너뛰지 않고, 무엇이 없는지와 고치는 방법을 말하며 실패합니다.

따로 실행: node tests/browser/check.mjs --site site   (--no-lighthouse, --pages index.html, --json out.json)

기준: 네 점수의 중앙값 모두 95 이상. 성능만 다른 기준을 쓰려면 LIGHTHOUSE_MIN_PERFORMANCE=90 처럼 환경 변수로 줍니다
(다른 일로 CPU 가 바쁜 머신에서는 성능 점수가 낮게 나옵니다: 실패 메시지의 benchmarkIndex 가 평소보다 낮으면 조용할 때 다시 재세요).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
CHECK = ROOT / "tests" / "browser" / "check.mjs"
FIX = "make browser-deps   (또는 bash tests/browser/install.sh)"
TIMEOUT = 600


def _tail(text: str, lines: int = 150) -> str:
    parts = text.rstrip().splitlines()
    return "\n".join(parts[-lines:] if len(parts) > lines else parts)


def test_pages_in_real_browser(capsys):
    node = shutil.which("node")
    if node is None:
        pytest.fail(f"node 가 없어 브라우저 검사를 할 수 없습니다 (Node 20 이상 필요).\n고치는 방법: {FIX}", pytrace=False)
    if not (SITE / "index.html").is_file():
        pytest.fail("site/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요 (make test 는 알아서 만듭니다).", pytrace=False)

    env = dict(os.environ, PYTHON=sys.executable)
    try:
        proc = subprocess.run(
            [node, str(CHECK), "--site", str(SITE), "--min-performance", os.environ.get("LIGHTHOUSE_MIN_PERFORMANCE", "95")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        pytest.fail(f"브라우저 검사가 {TIMEOUT}초 안에 끝나지 않았습니다.\n\n{_tail(out)}", pytrace=False)

    output = proc.stdout + (("\n" + proc.stderr) if proc.stderr.strip() else "")
    if proc.returncode == 2:
        pytest.fail(f"브라우저 검사를 실행할 수 없습니다 (설치 문제).\n고치는 방법: {FIX}\n\n{_tail(output)}", pytrace=False)
    if proc.returncode != 0:
        pytest.fail(f"브라우저 검사 실패 (node tests/browser/check.mjs --site site):\n\n{_tail(output, 250)}", pytrace=False)

    # 통과해도 점수와 요약은 make test 출력에 보이게 합니다.
    summary = [line for line in proc.stdout.splitlines() if line.strip() and not line.startswith("        ")]
    with capsys.disabled():
        print("\n" + "\n".join(summary))
