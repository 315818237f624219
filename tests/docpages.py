"""페이지 → 블록 → 실행. 문서 테스트가 페이지를 읽고 실행하는 유일한 곳입니다.

- 페이지의 include 줄(`--8<-- "..."`)은 pymdownx.snippets 자신이 mkdocs.yml 의 설정 그대로 펼칩니다.
- 펼친 페이지와 원본 페이지에서 pytest-codeblocks 로 블록을 뽑고, 둘을 순서대로 짝지어
  "독자가 보는 코드"와 "그 코드가 있는 snippet 파일·페이지 줄"을 함께 얻습니다.
- 한 페이지의 블록은 새 네임스페이스 하나에서 순서대로 실행하고, 블록마다 stdout 을 모읍니다.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import markdown
from pytest_codeblocks import extract_from_buffer

from tests import compare

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
GUIDE = DOCS / "guide"

CODE_SYNTAX = "python"
OUTPUT_SYNTAX = 'text title="출력"'
SETUP_INCLUDE = "_shared/setup.py"
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"

# include 줄 하나: --8<-- "path"  (pymdownx.snippets 의 인라인 표기)
INCLUDE_LINE = re.compile(r'^\s*-+8<-+\s+"([^"]+)"\s*$')
# pytest-codeblocks 가 모으지 않는 펜스: ~~~ 펜스
TILDE_FENCE = re.compile(r"^\s*~~~")


class PageError(Exception):
    """페이지 구조가 규칙에 맞지 않습니다 (메시지에 페이지와 줄이 들어 있습니다)."""


@dataclass
class Block:
    page: Path  # docs/guide/01-layer.md
    number: int  # 페이지 안에서 몇 번째 코드 블록인지 (1부터)
    lineno: int  # 코드 펜스가 시작하는 페이지의 줄
    include: str  # snippets/ 기준 경로, 예: 01-layer/02_linear_call.py
    code: str  # 펼친 코드 (독자가 보는 그대로)
    output_include: str | None = None  # 출력 블록이 포함하는 .out 파일
    output_lineno: int | None = None
    expected: str | None = None  # 펼친 출력 블록 내용
    root: Path = SNIPPETS  # snippets/ (자체 시험에서는 임시 폴더)

    @property
    def snippet_path(self) -> Path:
        return self.root / self.include

    @property
    def output_path(self) -> Path | None:
        return self.root / self.output_include if self.output_include else None

    @property
    def where(self) -> str:
        return f"{rel(self.page)}:{self.lineno}: 블록 {self.number} ({rel(self.snippet_path)})"

    @property
    def test_id(self) -> str:
        return f"{self.page.stem}:{self.lineno}:{Path(self.include).stem}"


def rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=1)
def mkdocs_snippet_config() -> dict:
    """mkdocs.yml 의 pymdownx.snippets 설정 그대로."""
    from mkdocs.config import load_config

    cfg = load_config(str(ROOT / "mkdocs.yml"))
    conf = dict(cfg["mdx_configs"].get("pymdownx.snippets", {}))
    bases = conf.get("base_path", ["."])
    conf["base_path"] = [bases] if isinstance(bases, str) else list(bases)
    if conf["base_path"] != ["snippets"]:
        raise PageError("mkdocs.yml: pymdownx.snippets 의 base_path 는 [snippets] 하나여야 합니다 (테스트가 같은 곳을 봅니다).")
    return conf


def expand(text: str, root: Path = SNIPPETS) -> str:
    """pymdownx.snippets 로 include 를 펼칩니다 (mkdocs build 와 같은 설정, base_path 만 절대 경로로)."""
    conf = dict(mkdocs_snippet_config(), base_path=[str(root)])
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": conf})
    return "\n".join(md.preprocessors["snippet"].run(text.split("\n")))


def guide_pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def all_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def slug(page: Path) -> str:
    return page.stem


def _include_of(raw_code: str, page: Path, lineno: int, kind: str) -> str:
    lines = [ln for ln in raw_code.splitlines() if ln.strip()]
    if len(lines) != 1 or not INCLUDE_LINE.match(lines[0]):
        raise PageError(
            f"{rel(page)}:{lineno}: {kind} 블록에는 include 줄 하나(--8<-- \"{slug(page)}/파일\")만 둡니다. "
            "코드와 출력은 snippets/ 의 파일에 씁니다."
        )
    return INCLUDE_LINE.match(lines[0]).group(1)


def check_fences(page: Path, text: str) -> None:
    """pytest-codeblocks 가 모으지 않는 펜스(~~~)가 조용히 빠지지 않게 합니다."""
    for n, line in enumerate(text.splitlines(), 1):
        if TILDE_FENCE.match(line):
            raise PageError(f"{rel(page)}:{n}: '~~~' 펜스는 테스트되지 않습니다. ```python 과 include 를 쓰세요.")


def read_blocks(page: Path, create_missing_outputs: bool = False, root: Path = SNIPPETS) -> list[Block]:
    """페이지의 코드 블록과 그 출력 블록을 읽습니다. 규칙 위반은 PageError."""
    page = Path(page)
    text = page.read_text(encoding="utf-8")
    check_fences(page, text)
    if create_missing_outputs and stamp_include(page) in text and not stamp_path(page, root).exists():
        stamp_path(page, root).parent.mkdir(parents=True, exist_ok=True)
        stamp_path(page, root).write_text("", encoding="utf-8")
    raw = extract_from_buffer(io.StringIO(text))
    blocks: list[Block] = []
    for n, cb in enumerate(raw, 1):
        syntax = (cb.syntax or "").strip()
        if syntax == OUTPUT_SYNTAX:
            raise PageError(
                f"{rel(page)}:{cb.lineno}: 출력 블록 앞에 {OUTPUT_MARKER} 줄이 없습니다 "
                "(어느 코드의 출력인지 알 수 없어 검사되지 않습니다)."
            )
        if syntax != CODE_SYNTAX:
            raise PageError(
                f"{rel(page)}:{cb.lineno}: 펜스 '```{syntax}' 는 허용되지 않습니다. "
                f"코드는 '```{CODE_SYNTAX}', 출력은 {OUTPUT_MARKER} 다음의 '```{OUTPUT_SYNTAX}' 만 씁니다."
            )
        if cb.marks or cb.importorskip:
            raise PageError(f"{rel(page)}:{cb.lineno}: 블록을 건너뛰는 표시는 쓰지 않습니다: {cb.marks or cb.importorskip}")
        include = _include_of(cb.code, page, cb.lineno, "코드")
        block = Block(page=page, number=n, lineno=cb.lineno, include=include, code="", root=root)
        if cb.expected_output is not None:
            block.output_include = _include_of(cb.expected_output, page, cb.lineno, "출력")
            want = str(Path(include).with_suffix(".out"))
            if block.output_include != want:
                raise PageError(
                    f"{rel(page)}:{cb.lineno}: 블록 {n} 의 출력 파일은 '{want}' 이어야 합니다 "
                    f"('{block.output_include}' 가 아니라). 코드 파일과 같은 이름에 .out 입니다."
                )
            block.output_lineno = _find_line(text, block.output_include, after=cb.lineno)
            if create_missing_outputs and not block.output_path.exists():
                block.output_path.parent.mkdir(parents=True, exist_ok=True)
                block.output_path.write_text("", encoding="utf-8")
        blocks.append(block)

    try:
        expanded = extract_from_buffer(io.StringIO(expand(text, root)))
    except Exception as exc:  # SnippetMissingError 등
        raise PageError(f"{rel(page)}: include 를 펼칠 수 없습니다: {type(exc).__name__}: {exc}") from exc
    if len(expanded) != len(blocks):
        raise PageError(
            f"{rel(page)}: 펼친 뒤 블록 수({len(expanded)})가 원본({len(blocks)})과 다릅니다. "
            "snippet 파일 안에 ``` 펜스가 있는지 확인하세요."
        )
    for block, cb in zip(blocks, expanded):
        block.code = cb.code
        block.expected = cb.expected_output
        on_disk = block.snippet_path.read_text(encoding="utf-8")
        if block.code.rstrip("\n") != on_disk.rstrip("\n"):
            raise PageError(
                f"{block.where}: 페이지에 보이는 코드가 파일 내용과 다릅니다 "
                "(snippets 의 구간 표시나 ; 이스케이프 때문일 수 있습니다)."
            )
    if page.resolve().parent == GUIDE and (not blocks or blocks[0].include != SETUP_INCLUDE):
        raise PageError(
            f"{rel(page)}: 가이드 페이지의 첫 코드 블록은 --8<-- \"{SETUP_INCLUDE}\" 여야 합니다 "
            "(깨끗한 케라스 세션과 눈에 보이는 시드)."
        )
    return blocks


def _find_line(text: str, include: str, after: int) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if n > after and f'"{include}"' in line:
            return n
    return after


@dataclass
class BlockRun:
    stdout: str = ""
    error: str | None = None  # 전체 traceback
    seconds: float = 0.0


@dataclass
class PageRun:
    page: Path
    blocks: list[Block]
    runs: list[BlockRun] = field(default_factory=list)
    seconds: float = 0.0


def _traceback_without_harness(exc: BaseException) -> str:
    tb = exc.__traceback__
    # 맨 앞 프레임(이 모듈의 exec 호출)은 독자와 무관하므로 뺍니다.
    if tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb))


def run_page(page: Path, blocks: list[Block]) -> PageRun:
    """블록들을 새 네임스페이스 하나에서 순서대로 실행합니다."""
    namespace: dict = {"__name__": "__main__"}
    result = PageRun(page=page, blocks=blocks)
    start = time.perf_counter()
    for block in blocks:
        out = io.StringIO()
        run = BlockRun()
        t0 = time.perf_counter()
        try:
            code = compile(block.code, str(block.snippet_path), "exec")
            with contextlib.redirect_stdout(out):
                exec(code, namespace)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - 독자에게 보일 traceback 을 그대로 보고합니다.
            run.error = _traceback_without_harness(exc)
        run.seconds = time.perf_counter() - t0
        run.stdout = out.getvalue()
        result.runs.append(run)
    result.seconds = time.perf_counter() - start
    sys.stdout.flush()
    return result


def check(block: Block, run: BlockRun, page_run: PageRun | None = None) -> str | None:
    """블록 하나의 판정. 문제가 없으면 None, 있으면 사람이 읽을 메시지 (페이지·줄·파일·diff/traceback)."""
    note = ""
    if page_run is not None:
        failed_before = [b.number for b, r in zip(page_run.blocks, page_run.runs) if r.error and b.number < block.number]
        if failed_before:
            note = f"\n(참고: 앞 블록 {failed_before} 이 실패했으므로 이 블록의 결과도 영향을 받았을 수 있습니다)"
    if run.error:
        return f"{block.where} 실행 중 예외가 났습니다:\n\n{run.error}{note}"
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
    if not compare.same(expected, run.stdout):
        return (
            f"{block.where} 의 출력이 페이지의 출력 블록({rel(block.page)}:{block.output_lineno}, "
            f"{rel(block.output_path)})과 다릅니다.\n\n"
            + compare.report(expected, run.stdout, rel(block.output_path))
            + f"\n\n의도한 변경이면 make outputs PAGE={block.page.stem} 로 다시 만들고 git diff 를 검토하세요.{note}"
        )
    return None


def update_output(block: Block, run: BlockRun) -> None:
    """make outputs: 비교 규칙으로 다를 때만 실제 출력을 .out 에 씁니다 (같으면 파일을 건드리지 않습니다)."""
    if block.output_path is None or run.error:
        return
    old = block.output_path.read_text(encoding="utf-8")
    if not old.strip() or not compare.same(old, run.stdout):
        block.output_path.write_text(run.stdout, encoding="utf-8")


# ---------------------------------------------------------------- 검증 환경 표시
STAMP_FILE = "_verified.md"


def environment() -> dict:
    """출력을 검증한 환경. TensorFlow 를 import 하므로 문서 테스트 안에서만 부릅니다."""
    import platform

    import keras
    import tensorflow as tf

    device = "GPU" if tf.config.list_physical_devices("GPU") else "CPU"
    return {
        "python": ".".join(platform.python_version_tuple()[:2]),
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "device": device,
    }


def stamp_text(env: dict) -> str:
    return (
        '!!! success "검증된 출력"\n\n'
        f"    이 페이지의 모든 출력은 Python {env['python']}, TensorFlow {env['tensorflow']}, "
        f"Keras {env['keras']} ({env['device']})에서 코드를 실제로 실행해 얻었고, 사이트를 만들 때마다 테스트가 다시 실행해 확인합니다.\n"
    )


def stamp_path(page: Path, root: Path = SNIPPETS) -> Path:
    return root / slug(page) / STAMP_FILE


def stamp_include(page: Path) -> str:
    return f'--8<-- "{slug(page)}/{STAMP_FILE}"'
