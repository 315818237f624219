"""페이지 → 노트북. 가이드 페이지 하나에서 주피터 노트북(.ipynb) 하나를 만듭니다.

사이트 빌드(hooks/notebooks.py)와 테스트(tests/test_notebooks.py)가 이 모듈의 같은 함수를 씁니다.
노트북은 저장소에 넣지 않고 빌드할 때마다 페이지에서 새로 만듭니다. TensorFlow 는 import 하지 않습니다.

- 코드 셀 하나 = 페이지의 코드 블록 하나. docpages.pages.read_blocks 가 읽은 그대로이므로,
  문서 테스트가 실행하는 바로 그 코드입니다 (상자 안의 코드 블록도 코드 셀이 됩니다).
- 코드 셀의 출력 = 그 블록 뒤의 출력 블록(.out, 검증된 출력)을 stdout stream 으로, 블록이 그린 그림(.png)을 이미지 출력으로.
  페이지에서 그 그림을 보여 주는 줄(![설명](06-vae/KK_name.png))은 셀의 출력이 되었으므로 마크다운에서 뺍니다.
- 마크다운 셀 = 코드 블록 사이의 본문. 주피터에서 읽을 수 있게 바꿉니다:
  include 줄(--8<--)은 펼치고, <!--pytest-codeblocks:...--> 표시는 지우고,
  상자(`!!! warning "제목"` + 들여 쓴 내용)는 굵은 제목이 붙은 인용문(>)으로,
  다른 페이지로 가는 상대 링크는 사이트의 절대 주소로 바꿉니다 (Colab 에서도 열리게).
"""

from __future__ import annotations

import base64
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from docpages.figures import expected_figures
from docpages.pages import (
    ADMONITION,
    CODE_SYNTAX,
    DOCS,
    INCLUDE_LINE,
    OUTPUT_SYNTAX,
    SNIPPETS,
    Block,
    PageError,
    expand,
    read_blocks,
    rel,
)

# 노트북이 사이트의 어디에 놓이는지: docs 기준 notebooks/<slug>.ipynb 로 mkdocs 에 넣으면
# mkdocs-jupyter 가 notebooks/<slug>/ 에 페이지를 만들고 .ipynb 를 notebooks/<slug>/<slug>.ipynb 에 복사합니다.
# (guide/<slug>.ipynb 로 넣으면 guide/<slug>.md 와 같은 주소 guide/<slug>/ 를 차지하려 해서 쓸 수 없습니다.)
NOTEBOOK_DIR = "notebooks"

KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}

FENCE = re.compile(r"^(?P<indent>\s*)(?P<ticks>`{3,})\s*(?P<info>[^`]*?)\s*$")
MARKER = re.compile(r"^\s*<!--\s*pytest-codeblocks:[^>]*-->\s*$")
# 마크다운 링크의 주소: [글](주소) 또는 ![그림](주소 "제목"), 그리고 참조 정의 [이름]: 주소
INLINE_LINK = re.compile(r"(\]\()(?P<url><[^>]*>|[^)\s]+)")
REF_LINK = re.compile(r"^(?P<head>\s*\[[^\]]+\]:\s*)(?P<url>\S+)")
# 그림 한 줄: ![설명](06-vae/KK_name.png) 뒤에 { 속성 } 이 붙을 수 있습니다
FIGURE_LINE = re.compile(r"^\s*!\[[^\]]*\]\((?P<src>[^)\s]+)\)(?:\{[^}]*\})?\s*$")


@dataclass
class Site:
    """링크를 절대 주소로 바꾸는 데 필요한 사이트 정보 (mkdocs.yml 의 값)."""

    url: str = ""  # site_url, 예: https://keras-custom-ko.github.io/keras-custom-ko/
    use_directory_urls: bool = True

    @classmethod
    def from_config(cls, config) -> "Site":
        return cls(url=config.get("site_url") or "", use_directory_urls=bool(config.get("use_directory_urls", True)))

    def page_url(self, src_uri: str) -> str:
        """docs 기준 경로(guide/01-layer.md) → 사이트에서의 주소."""
        if src_uri.endswith(".md"):
            stem = src_uri[: -len(".md")]
            name = posixpath.basename(stem)
            if name in ("index", "README"):
                path = posixpath.dirname(stem)
                path = path + "/" if path else ""
            elif self.use_directory_urls:
                path = stem + "/"
            else:
                path = stem + ".html"
        else:
            path = src_uri
        base = self.url if self.url.endswith("/") else self.url + "/"
        return base + path if self.url else path


def notebook_src_uri(page: Path) -> str:
    """mkdocs 에 넣을 노트북 파일의 docs 기준 경로: notebooks/01-layer.ipynb"""
    return f"{NOTEBOOK_DIR}/{Path(page).stem}.ipynb"


def notebook_site_path(page: Path, use_directory_urls: bool = True) -> str:
    """mkdocs-jupyter(include_source)가 .ipynb 를 복사하는 사이트 안의 경로: notebooks/01-layer/01-layer.ipynb"""
    stem = Path(page).stem
    return f"{NOTEBOOK_DIR}/{stem}/{stem}.ipynb" if use_directory_urls else f"{NOTEBOOK_DIR}/{stem}.ipynb"


# ---------------------------------------------------------------- 마크다운 변환


def _src_uri(page: Path) -> str:
    try:
        return Path(page).resolve().relative_to(DOCS.resolve()).as_posix()
    except ValueError:
        return f"guide/{Path(page).name}"


def _absolute_link(url: str, page_uri: str, site: Site) -> str:
    """페이지 기준 상대 링크를 사이트의 절대 주소로. 외부 주소, 같은 페이지 안의 #앵커는 그대로 둡니다."""
    bracketed = url.startswith("<") and url.endswith(">")
    target = url[1:-1] if bracketed else url
    parts = urlsplit(target)
    if not site.url or parts.scheme or parts.netloc or target.startswith(("#", "/")) or not parts.path:
        return url
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_uri), parts.path))
    new = site.page_url(resolved)
    if parts.query:
        new += "?" + parts.query
    if parts.fragment:
        new += "#" + parts.fragment
    return f"<{new}>" if bracketed else new


CODE_SPAN = re.compile(r"(`+).+?(?<!`)\1(?!`)")
EMPHASIS = re.compile(r"(?<![*\\])(\*\*|\*)(?=[^\s*])(.+?)(?<=[^\s*])\1(?!\*)")


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _emphasis_html(text: str) -> str:
    """CommonMark(주피터, Colab)이 굵게/기울임으로 읽지 못하는 강조를 HTML 태그로 바꿉니다.

    `**손실(loss)**을` 처럼 닫는 ** 앞이 문장 부호이고 뒤에 한글이 바로 붙으면, CommonMark 규칙으로는 강조가 아니어서
    ** 가 그대로 보입니다 (사이트의 Python-Markdown 은 굵게 보여 줍니다). 그런 것만 <strong>/<em> 으로 씁니다.
    """

    def fix(m: re.Match) -> str:
        marks, inner = m.group(1), m.group(2)
        before = text[m.start() - 1] if m.start() > 0 else " "
        after = text[m.end()] if m.end() < len(text) else " "
        bad_close = _is_punct(inner[-1]) and not (after.isspace() or _is_punct(after))
        bad_open = _is_punct(inner[0]) and not (before.isspace() or _is_punct(before))
        if not (bad_close or bad_open):
            return m.group(0)
        tag = "strong" if marks == "**" else "em"
        return f"<{tag}>{inner}</{tag}>"

    return EMPHASIS.sub(fix, text)


def _outside_code(line: str, fn) -> str:
    """인라인 코드(`...`) 밖의 글에만 fn 을 적용합니다 (`**kwargs` 같은 코드는 그대로)."""
    out, last = [], 0
    for m in CODE_SPAN.finditer(line):
        out.append(fn(line[last : m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(fn(line[last:]))
    return "".join(out)


def _rewrite_links(line: str, page_uri: str, site: Site) -> str:
    line = INLINE_LINK.sub(lambda m: m.group(1) + _absolute_link(m.group("url"), page_uri, site), line)
    return REF_LINK.sub(lambda m: m.group("head") + _absolute_link(m.group("url"), page_uri, site), line)


def _expand_text_includes(lines: list[str], root: Path) -> list[str]:
    """펜스 밖의 include 줄(예: 검증 환경 표시 _verified.md)을 pymdownx.snippets 로 펼칩니다."""
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        m = FENCE.match(line)
        if fence is None and m:
            fence = m.group("ticks")
        elif fence is not None and m and not m.group("info") and len(m.group("ticks")) >= len(fence):
            fence = None
        elif fence is None and INCLUDE_LINE.match(line):
            out.extend(expand(line, root).split("\n"))
            continue
        out.append(line)
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Builder:
    """펼친 페이지의 줄을 차례로 읽어 셀을 만듭니다."""

    def __init__(self, page: Path, blocks: list[Block], site: Site):
        self.page, self.blocks, self.site = page, blocks, site
        self.page_uri = _src_uri(page)
        self.cells: list = []
        self.md: list[str] = []
        self.pending_blank = 0
        self.stack: list[int] = []  # 열린 상자들의 내용 들여쓰기
        self.next_block = 0
        self.current: Block | None = None  # 마지막으로 만든 코드 셀의 블록
        self.current_figures: set[str] = set()  # 그 블록의 그림을 페이지에서 가리키는 경로 (06-vae/KK_name.png)

    # -- 마크다운 버퍼
    def prefix(self) -> str:
        return "> " * len(self.stack)

    def emit(self, text: str, links: bool = True) -> None:
        if self.pending_blank:
            # 빈 줄 여럿은 마크다운에서 하나와 같습니다. 상자 안이면 인용문이 이어지도록 ">" 로 씁니다.
            self.md.append(self.prefix().rstrip())
            self.pending_blank = 0
        if links:  # 일반 본문 줄 (펜스 안이 아님)
            text = _outside_code(_rewrite_links(text, self.page_uri, self.site), _emphasis_html)
        self.md.append((self.prefix() + text).rstrip())

    def flush(self) -> None:
        lines = self.md
        is_empty = lambda s: not s.replace(">", "").strip()  # noqa: E731 - 빈 줄이나 ">" 만 있는 줄
        while lines and is_empty(lines[0]):
            lines.pop(0)
        while lines and is_empty(lines[-1]):
            lines.pop()
        if lines:
            self.cells.append(new_markdown_cell("\n".join(lines), id=f"md-{len(self.cells) + 1}"))
        self.md, self.pending_blank = [], 0

    # -- 한 줄씩
    def dedent(self, line: str) -> str:
        if not self.stack:
            return line
        cut = min(_indent(line), self.stack[-1])
        return line[cut:]

    def close_admonitions(self, line: str) -> None:
        while self.stack and _indent(line) < self.stack[-1]:
            self.stack.pop()

    def run(self, lines: list[str]) -> list:
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                self.pending_blank += 1
                i += 1
                continue
            self.close_admonitions(line)
            if MARKER.match(line):
                i += 1
                continue
            fence = FENCE.match(line)
            if fence:
                i = self.fence(lines, i, fence)
                continue
            figure = FIGURE_LINE.match(line)
            if figure and self.current is not None and figure.group("src") in self.current_figures:
                i += 1  # 앞 코드 셀의 이미지 출력이 되었습니다
                continue
            adm = ADMONITION.match(line)
            if adm:
                self.admonition(adm)
                i += 1
                continue
            self.emit(self.dedent(line))
            i += 1
        self.flush()
        if self.next_block != len(self.blocks):
            raise PageError(f"{rel(self.page)}: 노트북에 넣은 코드 블록 수({self.next_block})가 페이지의 블록 수({len(self.blocks)})와 다릅니다.")
        return self.cells

    def admonition(self, m: re.Match) -> None:
        kind = m.group("types").split()[0]
        title = m.group("title")
        if title is None:
            title = kind.capitalize()
        if self.pending_blank:  # 상자 앞의 빈 줄은 바깥 수준의 빈 줄입니다.
            self.md.append(self.prefix().rstrip())
            self.pending_blank = 0
        self.stack.append(len(m.group("indent")) + 4)
        if title:
            self.emit(f"**{title}**")
            self.pending_blank = 1

    def fence(self, lines: list[str], start: int, m: re.Match) -> int:
        ticks, info = m.group("ticks"), m.group("info").strip()
        end = start + 1
        while end < len(lines):
            close = FENCE.match(lines[end])
            if close and not close.group("info") and len(close.group("ticks")) >= len(ticks):
                break
            end += 1
        body = lines[start + 1 : end]
        include = next((INCLUDE_LINE.match(b).group(1) for b in body if INCLUDE_LINE.match(b)), None)
        if info == CODE_SYNTAX:
            self.code_cell(start, include)
        elif info == OUTPUT_SYNTAX:
            if self.current is None or self.current.output_include != include:
                raise PageError(f"{rel(self.page)}: 출력 블록({include})이 앞의 코드 블록과 짝지어지지 않습니다.")
        else:  # 테스트되지 않는 펜스는 read_blocks 가 이미 거부합니다. 혹시 남으면 본문으로 둡니다.
            for b in lines[start : end + 1]:
                self.emit(self.dedent(b), links=False)
                self.pending_blank = 0
        return end + 1

    def code_cell(self, lineno: int, include: str | None) -> None:
        if self.next_block >= len(self.blocks):
            raise PageError(f"{rel(self.page)}: 페이지의 코드 블록보다 많은 python 펜스를 찾았습니다.")
        block = self.blocks[self.next_block]
        if include != block.include:
            raise PageError(f"{block.where}: 노트북을 만들다 블록 순서가 어긋났습니다 ({include} ≠ {block.include}).")
        self.flush()
        self.next_block += 1
        self.current = block
        cell = new_code_cell(
            block.code.rstrip("\n"),
            id=re.sub(r"[^A-Za-z0-9_-]", "-", Path(block.include).stem)[:64],
            execution_count=self.next_block,
            metadata={"snippet": rel(block.snippet_path)},
        )
        if block.expected is not None:
            text = block.expected.rstrip("\n") + "\n"
            cell.outputs.append(new_output("stream", name="stdout", text=text))
        figures = expected_figures(block)
        for png in figures:
            data = {"image/png": base64.b64encode(png.read_bytes()).decode("ascii"), "text/plain": f"<{png.name}>"}
            cell.outputs.append(new_output("display_data", data=data))
        folder = posixpath.dirname(block.include)
        self.current_figures = {f"{folder}/{png.name}" for png in figures}
        self.cells.append(cell)


def _insert_note(cells: list, page: Path, site: Site) -> None:
    """첫 제목(# ...) 바로 아래에 이 노트북이 어느 페이지에서 왔는지 적습니다."""
    url = site.page_url(_src_uri(page))
    note = (
        f"*이 노트북은 사이트의 [이 페이지]({url})에서 자동으로 만들었습니다. "
        "코드 셀을 위에서부터 순서대로 실행하세요. 셀 아래에 미리 들어 있는 출력은 페이지에 보이는, 실행해서 검증한 출력입니다.*"
    )
    for cell in cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.split("\n")
        for n, line in enumerate(lines):
            if line.startswith("# "):
                rest = lines[n + 1 :]
                while rest and not rest[0].strip():
                    rest.pop(0)
                cell.source = "\n".join(lines[: n + 1] + ["", note] + ([""] + rest if rest else []))
                return
    cells.insert(0, new_markdown_cell(note, id="md-note"))


def page_notebook(page: Path, site: Site | None = None, root: Path = SNIPPETS) -> nbformat.NotebookNode:
    """가이드 페이지 하나 → 노트북 (nbformat 4). 페이지 구조가 규칙에 맞지 않으면 PageError."""
    from mkdocs.utils import meta

    page = Path(page)
    site = site or Site()
    blocks = read_blocks(page, root=root)
    body, front = meta.get_data(page.read_text(encoding="utf-8"))
    lines = _expand_text_includes(body.split("\n"), root)
    cells = _Builder(page, blocks, site).run(lines)
    _insert_note(cells, page, site)
    nb = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": dict(KERNELSPEC),
            "language_info": {"name": "python"},
            "docs": {"page": rel(page), "url": site.page_url(_src_uri(page)), "description": front.get("description", "")},
        },
    )
    nb.nbformat, nb.nbformat_minor = 4, 5
    return nb


def write_notebook(nb: nbformat.NotebookNode, path: Path) -> bool:
    """노트북을 씁니다. 내용이 같으면 파일을 건드리지 않습니다 (바뀌었으면 True)."""
    text = nbformat.writes(nb, version=4)
    path = Path(path)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def code_cells(nb: nbformat.NotebookNode) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def stdout_of(cell) -> str:
    """코드 셀의 stdout stream 출력을 이어 붙인 것."""
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stdout")
