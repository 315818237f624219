"""실행 결과 → 판정과 갱신. 블록 하나의 출력·stderr·그림이 페이지와 같은지 보고(check), `make outputs` 가 파일을 다시 씁니다(update).

- check(): 문제가 없으면 None, 있으면 사람이 읽을 메시지 (페이지·줄·블록·snippet 파일, diff 나 traceback).
- stderr 규칙: 블록의 stderr 는 비어 있어야 합니다 (노트북에서는 빨간 경고로 보입니다). 독자에게 경고를 보여 주려면
  블록이 경고를 잡아 print 합니다. 예외는 SHARED_PROCESS_LINE 하나뿐입니다 (아래 설명).
- update(): `make outputs`. 실제 출력이 비교 규칙으로 .out 과 같으면 파일을 그대로 두고, 다르면 실제 출력 전체를 씁니다.
  단, 검증 환경 표시(_verified.md)가 지금 환경과 다른 페이지는 모든 .out 을 실제 출력으로 다시 씁니다: 표시는
  "이 환경에서 실행해 얻은 출력"이라고 말하므로 예전 환경의 출력을 남겨 둘 수 없습니다. 무엇을 바꿨는지 돌려줍니다.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docpages import compare, figures
from docpages.pages import Block, rel, stamp_path
from docpages.run import EXEC_ENV, BlockRun, PageRun

# 문서 테스트와 노트북 테스트는 여러 페이지를 한 프로세스(작업 프로세스, 커널)에서 차례로 실행합니다. TensorFlow 는
# tf.function 을 다시 추적한 횟수를 프로세스 전체에서 세므로, 앞 페이지들의 predict() 호출 때문에 뒤 페이지에서 이 경고가
# 나오기도 합니다 (작업 프로세스에서는 stderr, 주피터 커널에서는 stdout: TensorFlow 는 대화형이면 stdout 에 로그를 씁니다).
# 한 페이지를 새 커널에서 실행하는 독자에게는 나오지 않으므로, 두 테스트 모두 이 줄 하나만 빼고 봅니다.
SHARED_PROCESS_LINE = re.compile(
    r"^WARNING:tensorflow:\d+ out of the last \d+ calls to <function \S+ at 0x<주소>> triggered tf\.function retracing\..*$"
)


def without_shared_process_lines(text: str) -> str:
    """공유 프로세스에서만 나오는 재추적 경고 줄을 뺀 글 (SHARED_PROCESS_LINE)."""
    pattern, placeholder = compare.VOLATILE[1]  # 메모리 주소
    keep = [ln for ln in text.splitlines(keepends=True) if not SHARED_PROCESS_LINE.match(pattern.sub(placeholder, ln.rstrip("\n")))]
    return "".join(keep)


def stderr_lines(text: str) -> list[str]:
    """독자에게 보일 stderr 줄 (빈 줄과 공유 프로세스의 재추적 경고는 뺌)."""
    return [ln for ln in without_shared_process_lines(text).splitlines() if ln.strip()]


def check(block: Block, run: BlockRun, page_run: PageRun | None = None) -> str | None:
    """블록 하나의 판정 (문서 테스트). 문제가 없으면 None."""
    note = ""
    if page_run is not None:
        failed_before = [b.number for b, r in zip(page_run.blocks, page_run.runs) if (r.error or r.skipped) and b.number < block.number]
        if failed_before:
            note = f"\n(참고: 앞 블록 {failed_before} 이 실패했으므로 이 블록의 결과도 영향을 받았을 수 있습니다)"
    if run.skipped:
        return f"{block.where}: {run.skipped}"
    if run.error:
        return f"{block.where} 실행 중 예외가 났습니다:\n\n{run.error}{note}"
    problems = []
    shown = stderr_lines(run.stderr)
    if shown:
        problems.append(
            f"{block.where} 가 stderr 에 썼습니다 (노트북에서는 경고로 보이지만 페이지에는 없습니다).\n"
            "경고를 보여 주려는 블록이면 경고를 잡아 print 하고, 아니면 경고의 원인을 고치세요.\n\n"
            + "\n".join(shown)
        )
    if run.shown_value:
        problems.append(
            f"{block.where} 의 마지막 줄이 값({run.shown_value})을 돌려주는 식입니다. 노트북에서는 그 값이 셀 아래에 "
            "출력으로 보이지만 페이지에는 없습니다. 변수에 담거나(예: history = model.fit(...)) print 하세요."
        )
    text = _check_text(block, run)
    if text:
        problems.append(text)
    problems += figures.check_block(block, run.figures)
    return "\n\n".join(problems) + note if problems else None


def _check_text(block: Block, run: BlockRun) -> str | None:
    if block.output_path is None:
        if run.stdout.strip():
            return (
                f"{block.where} 가 출력을 냈지만 페이지에 출력 블록이 없습니다 (출력이 독자에게 보이지 않습니다).\n"
                f"코드 블록 바로 뒤에 출력 블록(--8<-- \"{block.include[:-3]}.out\")을 추가하고 make outputs 를 실행하세요.\n\n"
                f"실제 출력:\n{run.stdout}"
            )
        return None
    if not run.stdout.strip():
        return (
            f"{block.where} 는 아무것도 출력하지 않았는데 페이지에는 출력 블록이 있습니다 "
            f"({rel(block.output_path)}, 페이지 {block.output_lineno}행). 출력 블록을 지우세요."
        )
    expected = block.expected or ""
    rtol = block.rtol if block.rtol is not None else compare.RTOL
    if not compare.same(expected, run.stdout, rtol):
        return (
            f"{block.where} 의 출력이 페이지의 출력 블록({rel(block.page)}:{block.output_lineno}, "
            f"{rel(block.output_path)})과 다릅니다.\n\n"
            + compare.report(expected, run.stdout, rel(block.output_path), rtol=rtol)
            + f"\n\n의도한 변경이면 make outputs PAGE={block.page.stem} 로 다시 만들고 git diff 를 검토하세요."
        )
    return None


# ---------------------------------------------------------------- make outputs


@dataclass
class Changes:
    """make outputs 가 한 페이지에서 바꾼 것."""

    page: Path
    rewritten: list[str] = field(default_factory=list)  # 다시 쓴 파일 (snippets 기준)
    kept: int = 0  # 규칙으로 같아서 그대로 둔 파일 수
    stamp: str = "그대로"

    def summary(self) -> str:
        what = ", ".join(self.rewritten) if self.rewritten else "없음"
        return f"{rel(self.page)}: 다시 씀 {len(self.rewritten)}개 ({what}), 그대로 {self.kept}개, 검증 환경 표시 {self.stamp}"


def update(page_run: PageRun, env: dict) -> Changes:
    """make outputs: 한 페이지의 .out·그림·검증 환경 표시를 실제 실행으로 맞춥니다. 예외가 난 블록의 파일은 건드리지 않습니다."""
    changes = Changes(page_run.page)
    stamp = stamp_path(page_run.page, page_run.blocks[0].root) if page_run.blocks else None
    new_stamp = stamp_text(env)
    env_changed = stamp is not None and (not stamp.exists() or stamp.read_text(encoding="utf-8") != new_stamp)
    for block, run in zip(page_run.blocks, page_run.runs):
        if run.error or run.skipped:
            continue
        if block.output_path is not None:
            old = block.output_path.read_text(encoding="utf-8") if block.output_path.exists() else ""
            if env_changed or not old.strip() or not compare.same(old, run.stdout, block.rtol or compare.RTOL):
                if old != run.stdout:
                    block.output_path.write_text(run.stdout, encoding="utf-8")
                    changes.rewritten.append(rel(block.output_path))
                else:
                    changes.kept += 1
            else:
                changes.kept += 1
            block.expected = block.output_path.read_text(encoding="utf-8")
        written, kept = figures.update_block(block, run.figures, force=env_changed)
        changes.rewritten += written
        changes.kept += kept
    if env_changed and not any(r.error or r.skipped for r in page_run.runs):
        stamp.write_text(new_stamp, encoding="utf-8")
        changes.stamp = "바뀜"
    return changes


# ---------------------------------------------------------------- 검증 환경 표시


@functools.lru_cache(maxsize=1)
def environment() -> dict:
    """출력을 검증한 환경. 블록을 실행하는 것과 같은 파이썬에서 묻습니다 (이 프로세스는 TensorFlow 를 import 하지 않음)."""
    code = (
        "import json, platform, keras, tensorflow as tf\n"
        "print(json.dumps({'python': '.'.join(platform.python_version_tuple()[:2]), 'tensorflow': tf.__version__,"
        " 'keras': keras.__version__, 'device': 'GPU' if tf.config.list_physical_devices('GPU') else 'CPU'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=dict(os.environ, **EXEC_ENV))
    return json.loads(out.stdout.strip().splitlines()[-1])


def stamp_text(env: dict) -> str:
    return (
        '!!! success "검증된 출력"\n\n'
        f"    이 페이지의 모든 출력은 Python {env['python']}, TensorFlow {env['tensorflow']}, "
        f"Keras {env['keras']} ({env['device']})에서 코드를 실제로 실행해 얻었고, 사이트를 만들 때마다 테스트가 다시 실행해 확인합니다.\n"
    )
