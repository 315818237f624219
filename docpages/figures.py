"""그림도 출력입니다: 블록이 그린 그림(PNG)을 저장소의 그림과 비교하고, `make outputs` 가 다시 씁니다.

- 이름: 블록 `snippets/<페이지>/KK_name.py` 가 그린 그림은 `snippets/<페이지>/KK_name.png`, 둘째부터 `KK_name-2.png` …
  (작업 프로세스가 블록이 끝날 때 열린 matplotlib 그림과, 마지막 식이 그림인 값(plot_model)을 이 순서로 저장합니다).
- 비교 규칙: 두 그림이 같으려면 둘 다 맞아야 합니다 (크기가 다르면 다릅니다).
  1. matplotlib.testing.compare.compare_images (pytest-mpl 이 쓰는 것과 같은 함수)로 잰 픽셀 RMS 차이가 FIGURE_TOL 이하
     (0~255 밝기 단위). 그림 전체에 퍼진 변화(색, 위치)를 잡습니다.
  2. 밝기가 FIGURE_STRONG 넘게 바뀐 픽셀이 FIGURE_MAX_STRONG 개 이하. RMS 는 그림 전체의 평균이라 글자 하나,
     눈금 하나처럼 작은 곳의 확실한 변화는 놓치므로 따로 셉니다.
  같은 코드를 다시 그린 그림은 통과하고(이 머신에서는 바이트까지 같음), 1픽셀 옮기거나 색을 바꾸거나 글자 하나를 바꾼
  그림은 실패합니다 (tests/test_checker.py 가 돌연변이로 확인).
- 실패하면 실제 그림과 차이 그림이 build/figures/<페이지>/ 에 남고, 메시지가 그 경로를 말합니다.
- matplotlib 은 그림이 있을 때만 import 합니다 (make serve 의 사이트 환경에는 없습니다).
"""

from __future__ import annotations

import re
import shutil
import struct
from pathlib import Path

from docpages.pages import Block, rel

FIGURE_TOL = 2.0
FIGURE_STRONG = 64
FIGURE_MAX_STRONG = 10
SUFFIX = re.compile(r"^-(\d+)$")


def expected_figures(block: Block) -> list[Path]:
    """저장소에 있는 이 블록의 그림: KK_name.png, KK_name-2.png, … (번호 순)."""
    stem = Path(block.include).stem
    folder = block.snippet_path.parent
    found = []
    for path in folder.glob(f"{stem}*.png"):
        rest = path.stem[len(stem):]
        if rest == "":
            found.append((1, path))
        elif (m := SUFFIX.match(rest)) and int(m.group(1)) >= 2:
            found.append((int(m.group(1)), path))
    return [p for _, p in sorted(found)]


def differs(expected: Path, actual: Path) -> str | None:
    """규칙으로 다르면 까닭(차이 그림이 있으면 그 경로를 줄로 덧붙임), 같으면 None."""
    from matplotlib.testing.compare import compare_images
    from matplotlib.testing.exceptions import ImageComparisonFailure

    try:
        result = compare_images(str(expected), str(actual), tol=FIGURE_TOL, in_decorator=True)
    except ImageComparisonFailure as exc:  # 크기가 다름
        return str(exc).strip()
    if result is None:
        strong = strongly_changed(expected, actual)
        if strong <= FIGURE_MAX_STRONG:
            return None
        result = compare_images(str(expected), str(actual), tol=0, in_decorator=True)  # 차이 그림을 남기려고
        why = f"밝기가 {FIGURE_STRONG} 넘게 바뀐 픽셀 {strong}개 > 허용 {FIGURE_MAX_STRONG}개 (RMS 는 허용 안)"
        return why + (f"\n  차이 그림: {rel(Path(result['diff']))}" if result and result.get("diff") else "")
    why = f"픽셀 RMS 차이 {result['rms']:.2f} > 허용 {FIGURE_TOL:g}"
    diff = Path(result["diff"]) if result.get("diff") else None
    return why + (f"\n  차이 그림: {rel(diff)}" if diff and diff.exists() else "")


def strongly_changed(expected: Path, actual: Path) -> int:
    """밝기(어느 채널이든)가 FIGURE_STRONG 넘게 바뀐 픽셀 수. 두 그림의 크기는 같아야 합니다."""
    import numpy as np
    from PIL import Image

    a = np.asarray(Image.open(expected).convert("RGB"), dtype=np.int16)
    b = np.asarray(Image.open(actual).convert("RGB"), dtype=np.int16)
    return int((np.abs(a - b).max(axis=-1) > FIGURE_STRONG).sum())


def check_block(block: Block, produced: list[Path]) -> list[str]:
    """블록이 그린 그림이 저장소의 그림과 같은지. 문제 목록 (없으면 빈 목록)."""
    expected = expected_figures(block)
    if not expected and not produced:
        return []
    problems = []
    if len(expected) != len(produced):
        problems.append(
            f"{block.where} 가 그림 {len(produced)}개를 그렸지만 저장소에는 {len(expected)}개가 있습니다 "
            f"({', '.join(rel(p) for p in expected) or '없음'}). 실제 그림: {', '.join(rel(p) for p in produced) or '없음'}.\n"
            f"의도한 변경이면 make outputs PAGE={block.page.stem} 로 다시 만들고 페이지에 그림을 넣으세요."
        )
    for want, got in zip(expected, produced):
        why = differs(want, got)
        if why:
            problems.append(
                f"{block.where} 가 그린 그림이 {rel(want)} 와 다릅니다: {why}\n  실제 그림: {rel(got)}\n"
                f"의도한 변경이면 make outputs PAGE={block.page.stem} 로 다시 만들고 그림을 검토하세요."
            )
    return problems


def update_block(block: Block, produced: list[Path], force: bool = False) -> tuple[list[str], int]:
    """make outputs: 규칙으로 다른 그림만 다시 씁니다 (force: 검증 환경이 바뀌면 바이트가 다른 그림은 모두). (다시 쓴 것, 그대로 둔 수)."""
    expected = expected_figures(block)
    folder = block.snippet_path.parent
    stem = Path(block.include).stem
    written, kept = [], 0
    for k, got in enumerate(produced, 1):
        target = folder / (f"{stem}.png" if k == 1 else f"{stem}-{k}.png")
        same_bytes = target.exists() and target.read_bytes() == got.read_bytes()
        if same_bytes or (target.exists() and not force and differs(target, got) is None):
            kept += 1
            continue
        shutil.copyfile(got, target)
        written.append(rel(target))
    for old in expected[len(produced):]:
        old.unlink()
        written.append(f"{rel(old)} (지움)")
    return written, kept


def png_size(path: Path) -> tuple[int, int]:
    """PNG 의 (너비, 높이) 픽셀. 파일 머리(IHDR)만 읽습니다 (사이트 빌드에 Pillow 가 없어도 됩니다)."""
    head = Path(path).read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{rel(Path(path))} 는 PNG 가 아닙니다")
    return struct.unpack(">II", head[16:24])
