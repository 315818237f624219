"""노트북 → 사이트의 노트북 페이지: mkdocs-jupyter 의 렌더 캐시를 미리 채우고, 그린 HTML 을 다듬습니다.

hooks/notebooks.py (mkdocs 이벤트)가 씁니다. TensorFlow 는 import 하지 않습니다.
- 빌드 시간: mkdocs-jupyter 는 노트북마다 nbconvert 변환(CPU 약 0.6 초)을 차례로 하고 결과를 cache_dir 에 둡니다.
  캐시가 없는 노트북은 start_prerender() 가 fork 한 작업 프로세스(CPU 수만큼)로 나누어 변환해 같은 캐시 파일을
  써 둡니다. 그동안 mkdocs 는 .md 페이지를 만들고, 노트북 페이지를 그리기 전에 join_prerender() 로 기다립니다.
  캐시 파일의 키·내용은 mkdocs-jupyter 가 스스로 쓰는 것과 같습니다 (tests/test_notebooks.py 가 확인).
  작업 프로세스가 실패하면 캐시가 없을 뿐이고 mkdocs-jupyter 가 그 노트북을 스스로 변환합니다 (오류도 거기서 납니다).
  스레드가 도는 프로세스(mkdocs serve 의 다시 빌드)에서는 fork 하지 않습니다.
- fix_headings(): 한국어 제목의 앵커를 사이트의 toc.slugify 로.
- polish(): 노트북 HTML 을 가볍게 (모바일 성능, README 의 "페이지 성능"): <style>·MathJax·mermaid 를 빼고, 코드 칸의 모양 없는
  span 을 풀고 화면 밖 코드 칸을 건너뛰게(줄 수, tabindex) 합니다.
- link_figures(): 그림 출력(base64)을 가이드 페이지와 같은 PNG 파일로 (크기, 지연 로딩, 한국어 설명).
- stylesheet(): 모든 노트북 페이지가 함께 쓰는 CSS 한 파일. mkdocs-jupyter 가 페이지마다 넣는 주피터 CSS(약 590 KB)에서
  노트북 페이지가 쓰는 규칙만 남기고(docpages/csstrim.py, 약 16 KB) 대비를 맞춘 색과 화면 밖 코드 칸 규칙(NOTEBOOK_CSS)을 더합니다.
"""

from __future__ import annotations

import html
import json
import logging
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import unique

from docpages import codeblocks, csstrim

log = logging.getLogger("mkdocs.docpages.nbrender")
_workers: list = []  # prerender 작업 프로세스 (multiprocessing.Process)



def cache_path(nb_path: Path, options: dict) -> Path:
    """mkdocs-jupyter 가 이 노트북의 렌더 결과를 읽고 쓰는 캐시 파일 (그 플러그인의 키 계산 그대로)."""
    from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path

    return _get_cache_path(options["cache_dir"], _compute_cache_key(str(nb_path), options, options["execute"]))


def render_to_cache(nb_path: Path, options: dict) -> Path:
    """mkdocs-jupyter 의 Page.render(캐시 없음) 가 하는 변환을 그대로 하고, 그 플러그인과 같은 캐시 파일을 씁니다."""
    from mkdocs_jupyter import convert
    from mkdocs_jupyter.plugin import _get_nb_toc_tokens

    body = convert.nb2html(
        str(nb_path),
        execute=options["execute"],
        kernel_name=options["kernel_name"],
        theme=options["theme"],
        allow_errors=options["allow_errors"],
        show_input=options["show_input"],
        no_input=options["no_input"],
        no_prompt=options["no_prompt"],
        remove_tag_config=options["remove_tag_config"],
        highlight_extra_classes=options["highlight_extra_classes"],
        include_requirejs=options["include_requirejs"],
        custom_mathjax_url=options["custom_mathjax_url"],
    )
    toc_tokens, title = _get_nb_toc_tokens(str(nb_path), options["toc_depth"])
    target = cache_path(nb_path, options)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    tmp.write_text(json.dumps({"content": body, "toc_tokens": toc_tokens, "title": title}), encoding="utf-8")
    tmp.replace(target)  # 다 쓴 파일만 보이게 (mkdocs-jupyter 는 파일이 있으면 캐시 적중으로 읽습니다)
    return target


def _share_template_bytecode() -> None:
    """nbconvert 는 노트북마다 새 jinja2 Environment 를 만들어 같은 템플릿을 다시 컴파일합니다. 작업 프로세스 안에서만
    메모리 BytecodeCache 하나를 모든 Environment 에 달아 컴파일 결과를 나눕니다 (렌더 결과는 같고, 노트북당 약 0.1 초)."""
    import jinja2
    from nbconvert.exporters.templateexporter import TemplateExporter

    class MemoryCache(jinja2.BytecodeCache):
        def __init__(self):
            self.code: dict[str, bytes] = {}

        def load_bytecode(self, bucket):
            if bucket.key in self.code:
                bucket.bytecode_from_string(self.code[bucket.key])

        def dump_bytecode(self, bucket):
            self.code[bucket.key] = bucket.bytecode_to_string()

    cache, create = MemoryCache(), TemplateExporter._create_environment

    def create_environment(exporter):
        env = create(exporter)
        env.bytecode_cache = cache
        return env

    TemplateExporter._create_environment = create_environment


def prerender_worker(paths: list[Path], options: dict) -> None:
    logging.disable(logging.CRITICAL)  # 경고·오류는 mkdocs-jupyter 가 같은 노트북을 다시 변환할 때 본 프로세스에서 납니다
    _share_template_bytecode()  # fork 한 작업 프로세스 안에서만 바꿉니다
    for path in paths:
        try:
            render_to_cache(path, options)
        except Exception:  # noqa: BLE001 - 캐시를 못 쓰면 본 프로세스가 스스로 변환합니다
            continue


def start_prerender(notebooks: list[Path], options: dict) -> None:
    """캐시에 없는 노트북을 fork 한 작업 프로세스(CPU 수만큼)로 나누어 미리 변환하기 시작합니다 (join_prerender 로 기다림)."""
    join_prerender()
    if not options.get("cache") or options.get("execute"):
        return
    misses = [p for p in notebooks if not cache_path(p, options).exists()]
    cpus = os.cpu_count() or 1
    jobs = min(len(misses), cpus)
    # CPU 가 하나뿐이면 나누어 봐야 빨라지지 않습니다. 스레드가 있는 프로세스(mkdocs serve 의 다시 빌드)에서 fork 하면
    # 다른 스레드가 잡은 잠금 때문에 멈출 수 있으므로 그때는 mkdocs-jupyter 가 차례로 변환합니다.
    if not jobs or cpus < 2 or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return
    misses.sort(key=lambda p: p.stat().st_size, reverse=True)  # 큰 것부터 번갈아 나누어 작업량을 고르게
    ctx = multiprocessing.get_context("fork")
    for i in range(jobs):
        proc = ctx.Process(target=prerender_worker, args=(misses[i::jobs], options), daemon=True)
        proc.start()
        _workers.append(proc)
    log.debug("노트북 %d 개를 작업 프로세스 %d 개로 미리 변환합니다.", len(misses), jobs)


def join_prerender() -> None:
    while _workers:
        _workers.pop().join()


HEADING = re.compile(r"<h(?P<level>[1-6])(?P<attrs>[^>]*)>(?P<inner>.*?)</h(?P=level)>", re.S)
ID_ATTR = re.compile(r'\sid="[^"]*"')
ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="#[^"]*">(.*?)</a>', re.S)
TAG = re.compile(r"<[^>]+>")
# mkdocs-jupyter 의 주피터 코드 색 중 배경과 대비가 4.5:1 에 못 미치는 것만 바꿉니다 (axe color-contrast, WCAG AA).
# 밝은 모드 배경 #f5f5f5, 어두운 모드(slate) 배경 #212121 에서 4.8:1 이 되도록 같은 색상을 밝기만 조절한 값입니다.
# 끝의 규칙: 화면 밖 코드 칸은 그리지 않습니다 (가이드 페이지의 docs/stylesheets/extra.css 와 같은 방법, 아래 polish()).
NOTEBOOK_CSS = """
.md-typeset .jupyter-wrapper {
  --jp-mirror-editor-atom-color: #5050ff; --jp-mirror-editor-number-color: #007e00;
  --jp-mirror-editor-variable-3-color: #007b4d; --jp-mirror-editor-operator-color: #a10bff;
  --jp-mirror-editor-comment-color: #3a7474; --jp-mirror-editor-meta-color: #a10bff;
  --jp-mirror-editor-bracket-color: #6d6d52; --jp-mirror-editor-quote-color: #007d00;
  --jp-mirror-editor-error-color: #d90000; --jp-mirror-editor-hr-color: #6b6b6b;
}
[data-md-color-scheme="slate"] .md-typeset .jupyter-wrapper {
  --jp-mirror-editor-atom-color: var(--md-blue-300); --jp-mirror-editor-number-color: var(--md-green-400);
  --jp-mirror-editor-variable-3-color: var(--md-green-600); --jp-mirror-editor-bracket-color: #997;
  --jp-mirror-editor-quote-color: var(--md-green-300); --jp-mirror-editor-hr-color: #999;
  --jp-mirror-editor-def-color: #2e90e7; --jp-mirror-editor-operator-color: #c25fff;
  --jp-mirror-editor-comment-color: #4d9a9a; --jp-mirror-editor-meta-color: #c25fff;
  --jp-mirror-editor-qualifier-color: #8d8d8d; --jp-mirror-editor-tag-color: #3fa044;
  --jp-mirror-editor-attribute-color: #378fe7; --jp-mirror-editor-link-color: #378fe7;
  --jp-mirror-editor-error-color: #ff4a4a;
}
.jupyter-wrapper .highlight-ipynb pre[style*="--code-lines"] {
  overflow-x: auto;
  content-visibility: auto;
  contain-intrinsic-block-size: auto calc(var(--code-lines) * 1lh);
}
"""
EMPTY_SCRIPT = re.compile(r'<script src=""[^>]*>\s*</script>\s*')
MATHJAX_CONFIG = re.compile(r'<script type="text/x-mathjax-config">.*?</script>\s*', re.S)
MERMAID_SCRIPT = re.compile(r'<script type="module">(?:(?!</script>).)*?\.jp-Mermaid(?:(?!</script>).)*</script>\s*', re.S)
MERMAID_OUTPUT = re.compile(r'class="[^"]*\bjp-Mermaid\b')
SCRIPT_COMMENTS = re.compile(r"<!-- (?:Load mathjax|MathJax configuration|End of mathjax configuration|End of mermaid configuration) -->\s*")
STYLE = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.S)
CODE_CELL = re.compile(r'<div class="highlight-ipynb([^"]*)"><pre>(.*?)</pre>', re.S)
COPY_BUTTON = re.compile(r'<clipboard-copy (?:,="" )?aria-label="Copy to Clipboard"')


def _heading_text(inner: str) -> str:
    return html.unescape(TAG.sub("", ANCHOR_LINK.sub("", inner))).strip()


def fix_headings(content: str, slugify, sep: str = "-") -> tuple[str, list[dict]]:
    """노트북 페이지의 제목 앵커를 mkdocs.yml 의 toc.slugify 로 다시 만듭니다. (고친 HTML, 목차 토큰)을 돌려줍니다.

    mkdocs-jupyter 0.26 은 자체 ASCII slugify 를 써서 한국어 제목의 앵커가 비거나 깨집니다.
    """
    used: set[str] = set()
    tokens = []

    def replace(m: re.Match) -> str:
        level, attrs, inner = int(m.group("level")), m.group("attrs"), m.group("inner")
        name = _heading_text(inner)
        if not name:
            return m.group(0)
        anchor = unique(slugify(name, sep), used)
        attrs = ID_ATTR.sub("", attrs) + f' id="{html.escape(anchor)}"'
        inner = ANCHOR_LINK.sub(lambda a: f'<a class="anchor-link" href="#{html.escape(anchor)}">{a.group(1)}</a>', inner)
        tokens.append({"level": level, "id": anchor, "name": html.escape(name)})
        return f"<h{level}{attrs}>{inner}</h{level}>"

    content = HEADING.sub(replace, content)
    return content, tokens


def _code_cell(m: re.Match) -> str:
    code = codeblocks.unwrap_plain(m.group(2))
    return f'<div class="highlight-ipynb{m.group(1)}"><pre tabindex="0" style="--code-lines: {codeblocks.line_count(code)}">{code}</pre>'


def _take_style(m: re.Match, blocks: list[str]) -> str:
    css = m.group(1)
    # mkdocs-jupyter 0.26 은 노트북 끝에 파이썬 리스트의 repr(['pre { … }\n…'])을 <style> 로 한 번 더 넣습니다. CSS 로는 규칙이
    # 하나도 되지 않으므로(따옴표 문자열 하나) 버립니다. 다른 CSS 뒤에 이어 붙이면 다음 규칙의 선택자를 삼키기도 합니다.
    if not css.strip().startswith("["):
        blocks.append(css)
    return ""


def polish(content: str) -> tuple[str, list[str]]:
    """mkdocs-jupyter 가 그린 노트북 HTML 다듬기. (다듬은 HTML, 뺀 <style> 들의 CSS)를 돌려줍니다.

    - <style> 은 모두 빼서 돌려줍니다: hooks/notebooks.py 가 모든 노트북 페이지의 것을 모아 stylesheet() 로 쓰는 한 파일로 연결합니다.
    - 수식과 mermaid 그림이 없으므로 MathJax·mermaid 스크립트를 뺍니다 (mermaid 스크립트는 제3자 CDN 에서 받습니다).
    - 코드 칸: 모양 없는 Pygments span 을 풀고(docpages/codeblocks.py), <pre> 를 가로 스크롤 상자로 만들어(NOTEBOOK_CSS)
      키보드로 닿게 tabindex 를 달고(axe scrollable-region-focusable), 줄 수(--code-lines)를 적습니다. 화면 밖 코드 칸은
      그리지 않고(content-visibility: auto) 그 자리를 줄 수 × 줄 높이(1lh)로 잡습니다. 코드는 줄을 바꾸지 않으므로 실제
      높이와 같습니다 (tests/browser/check.mjs 가 그리기 전후의 제목 위치를 비교합니다).
    - 복사 버튼의 이름과 알림을 한국어로 (Material 의 코드 복사 버튼과 같은 말).
    """
    content = EMPTY_SCRIPT.sub("", content)
    content = MATHJAX_CONFIG.sub("", content)
    if MERMAID_OUTPUT.search(content):  # mermaid 그림이 생기면 스크립트를 빼지 말아야 합니다 (그리고 CDN 대신 사이트에서 내보내야 합니다)
        log.warning("노트북에 mermaid 그림이 있지만 mermaid 스크립트를 뺐습니다 (docpages/nbrender.py).")
    content = MERMAID_SCRIPT.sub("", content)
    content = SCRIPT_COMMENTS.sub("", content)
    blocks: list[str] = []
    content = STYLE.sub(lambda m: _take_style(m, blocks), content)
    content = CODE_CELL.sub(_code_cell, content)
    content = COPY_BUTTON.sub('<clipboard-copy aria-label="클립보드로 복사"', content)
    content = content.replace('<span class="notice" hidden="">Copied!</span>', '<span class="notice" hidden="">클립보드에 복사됨</span>')
    return content, blocks


DATA_IMG = re.compile(r'<img\b(?P<attrs>[^>]*?)\ssrc="data:image/png;base64,(?P<data>[^"]+)"(?P<rest>[^>]*)>')
IMG_ATTR = re.compile(r'\s(?P<name>alt|class|width|height)="(?P<value>[^"]*)"')


@dataclass
class Figure:
    """사이트에 게시된 그림 하나 (hooks/figures.py 가 guide/<페이지>/KK_name.png 로 내보낸 snippets 의 PNG)."""

    src: str  # 노트북 페이지에서 그 파일로 가는 상대 주소
    width: int
    height: int
    alt: str | None = None  # 가이드 페이지에서 그 그림의 한국어 설명


def link_figures(content: str, figures: dict[str, Figure]) -> str:
    """노트북 출력의 그림(<img src="data:image/png;base64,…">)을 같은 바이트의 게시된 PNG 파일로 바꿉니다.

    figures: PNG 바이트의 base64 → Figure. 노트북은 그림을 base64 로 품으므로(내려받는 .ipynb 에는 그대로 둡니다) 노트북 페이지
    HTML 이 그림마다 수십 KB 커지고, 화면 밖 그림도 페이지를 읽을 때 함께 받습니다. 가이드 페이지와 같은 파일을 가리키고
    크기(width/height, 내려받기 전에 자리를 잡음)와 지연 로딩을 달고, nbconvert 의 영어 대체 글("No description has been
    provided for this image") 대신 가이드 페이지의 한국어 설명을 씁니다. 모르는 그림은 그대로 둡니다.
    """

    def one(m: re.Match) -> str:
        fig = figures.get(re.sub(r"\s+", "", m.group("data")))
        if fig is None:
            return m.group(0)
        attrs = {a.group("name"): a.group("value") for a in IMG_ATTR.finditer(m.group("attrs") + m.group("rest"))}
        alt = fig.alt if fig.alt is not None else html.unescape(attrs.get("alt", ""))
        cls = f' class="{attrs["class"]}"' if attrs.get("class") else ""
        return (f'<img alt="{html.escape(alt)}" src="{html.escape(fig.src)}" width="{fig.width}" height="{fig.height}"'
                f' loading="lazy" decoding="async"{cls}>')

    return DATA_IMG.sub(one, content)


def stylesheet(blocks: list[str], names: csstrim.Tokens, other_css: list[str]) -> tuple[str, str]:
    """노트북 페이지들의 한 스타일시트: (쓰는 규칙만 남긴 것, 원래 것).

    blocks: polish() 가 뺀 CSS(모든 노트북 페이지에서 처음 나온 순서대로, 같은 것은 한 번), names: 만든 노트북 페이지 HTML 의 이름들,
    other_css: 같은 페이지에 걸리는 사이트의 다른 CSS (Material, extra.css). 원래 것은 tests/browser/check.mjs 가
    실제 브라우저에서 두 스타일시트로 그린 계산된 스타일이 같은지 비교하는 데 씁니다 (build/ 에 씀, 사이트에는 넣지 않음).
    """
    full = "\n".join(blocks)
    trimmed = csstrim.trim(full, names, [*other_css, NOTEBOOK_CSS])
    return trimmed + NOTEBOOK_CSS, full + "\n" + NOTEBOOK_CSS
