"""페이지 → 블록. 페이지를 읽어 코드 블록과 그 출력 블록을 꺼내는 유일한 곳입니다.

- 페이지의 include 줄(`--8<-- "..."`)은 pymdownx.snippets 자신이 mkdocs.yml 의 설정 그대로 펼칩니다.
- 펼친 페이지와 원본 페이지에서 pytest-codeblocks 로 블록을 뽑고, 둘을 순서대로 짝지어
  "독자가 보는 코드"와 "그 코드가 있는 snippet 파일·페이지 줄"을 함께 얻습니다.
- 페이지 머리말(front matter)이 블록의 시간 제한과 숫자 비교의 허용 오차를 바꿀 수 있습니다 (PAGE_SETTINGS,
  README "시간 제한", "출력 비교 규칙").
- python 블록이 하나라도 있는 페이지는 모두 실행되는 페이지입니다(runnable_pages). 그런 페이지의 첫 블록은 공통 준비 코드입니다.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

import markdown
from pytest_codeblocks import extract_from_buffer

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
GUIDE = DOCS / "guide"

CODE_SYNTAX = "python"
OUTPUT_SYNTAX = 'text title="출력"'
SETUP_INCLUDE = "_shared/setup.py"
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"

# 블록 하나의 시간 제한(초). 이 머신(2코어)에서 가장 긴 블록은 몇 초이므로 넉넉합니다. 페이지 머리말로 바꿉니다.
DEFAULT_TIMEOUT = 60.0

# include 줄 하나: --8<-- "path"  (pymdownx.snippets 의 인라인 표기)
INCLUDE_LINE = re.compile(r'^\s*-+8<-+\s+"([^"]+)"\s*$')
# pytest-codeblocks 가 모으지 않는 펜스: ~~~ 펜스
TILDE_FENCE = re.compile(r"^\s*~~~")
# Material/pymdownx 상자 한 줄: !!! type "제목", ??? type "제목" (접힘), ???+ (펼침). type 뒤에 클래스가 더 붙을 수 있습니다.
# 노트북 변환(notebook.py)과 용어 검사(terms.py)가 함께 씁니다.
ADMONITION = re.compile(r'^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+(?P<types>[\w-]+(?:\s+[\w-]+)*)(?:\s+"(?P<title>[^"]*)")?\s*$')


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
    timeout: float = DEFAULT_TIMEOUT  # 초 (페이지 머리말의 timeout / timeouts)
    rtol: float | None = None  # 숫자 비교의 상대 허용 오차 (페이지 머리말의 rtol / rtols, 없으면 compare.RTOL)

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


def runnable_pages() -> list[Path]:
    """python 블록이 하나라도 있는 모든 페이지 (가이드가 아닌 페이지도). 문서 테스트가 이 페이지들을 모두 실행합니다."""
    return [p for p in all_pages() if extract_from_buffer(io.StringIO(p.read_text(encoding="utf-8")))]


# 페이지 머리말(front matter)로 바꿀 수 있는 블록 설정: 이름 → (페이지 전체 키, 블록별 키, 기본값).
# 예:  timeout: 120            (이 페이지의 모든 블록)
#      timeouts: {08_fit: 300}  (snippet 이름 → 값)
PAGE_SETTINGS = {"timeout": ("timeout", "timeouts", DEFAULT_TIMEOUT), "rtol": ("rtol", "rtols", None)}


def page_options(text: str) -> dict:
    """페이지 머리말에서 블록 설정(PAGE_SETTINGS)을 읽습니다: {이름: (페이지 값, {snippet 이름: 값})}."""
    from mkdocs.utils import meta

    _, front = meta.get_data(text)
    return {
        name: (front.get(page_key, default), dict(front.get(block_key) or {}))
        for name, (page_key, block_key, default) in PAGE_SETTINGS.items()
    }


def block_setting(options: dict, name: str, stem: str):
    page_value, per_block = options[name]
    value = per_block.get(stem, page_value)
    return None if value is None else float(value)


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
    options = page_options(text)
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
        stem = Path(include).stem
        block = Block(
            page=page, number=n, lineno=cb.lineno, include=include, code="", root=root,
            timeout=block_setting(options, "timeout", stem), rtol=block_setting(options, "rtol", stem),
        )
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
    stems = {Path(b.include).stem for b in blocks}
    for name, (_, per_block) in options.items():
        if set(per_block) - stems:
            key = PAGE_SETTINGS[name][1]
            raise PageError(f"{rel(page)}: 머리말의 {key} 에 페이지에 없는 snippet 이 있습니다: {sorted(set(per_block) - stems)}")
    site_page = page.resolve().is_relative_to(DOCS.resolve())  # 자체 시험의 임시 페이지는 준비 코드 없이 씁니다
    is_guide = page.resolve().parent == GUIDE
    if site_page and (blocks or is_guide) and (not blocks or blocks[0].include != SETUP_INCLUDE):
        raise PageError(
            f"{rel(page)}: 코드 블록이 있는 페이지의 첫 코드 블록은 --8<-- \"{SETUP_INCLUDE}\" 여야 합니다 "
            "(깨끗한 케라스 세션과 눈에 보이는 시드)."
        )
    return blocks


def _find_line(text: str, include: str, after: int) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if n > after and f'"{include}"' in line:
            return n
    return after




# 검증 환경 표시: 페이지 제목 아래에 include 하는 snippets/<페이지>/_verified.md (docpages.outputs 가 씁니다)
STAMP_FILE = "_verified.md"


def stamp_path(page: Path, root: Path = SNIPPETS) -> Path:
    return root / slug(page) / STAMP_FILE


def stamp_include(page: Path) -> str:
    return f'--8<-- "{slug(page)}/{STAMP_FILE}"'
