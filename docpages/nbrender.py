"""노트북 → 사이트의 노트북 페이지: mkdocs-jupyter 의 렌더 캐시를 미리 채우고, 그린 HTML 을 다듬습니다.

hooks/notebooks.py (mkdocs 이벤트)가 씁니다. TensorFlow 는 import 하지 않습니다.
- 빌드 시간: mkdocs-jupyter 는 노트북마다 nbconvert 변환(CPU 약 0.6 초)을 차례로 하고 결과를 cache_dir 에 둡니다.
  캐시가 없는 노트북은 start_prerender() 가 fork 한 작업 프로세스(CPU 수만큼)로 나누어 변환해 같은 캐시 파일을
  써 둡니다. 그동안 mkdocs 는 .md 페이지를 만들고, 노트북 페이지를 그리기 전에 join_prerender() 로 기다립니다.
  캐시 파일의 키·내용은 mkdocs-jupyter 가 스스로 쓰는 것과 같습니다 (tests/test_notebooks.py 가 확인).
  작업 프로세스가 실패하면 캐시가 없을 뿐이고 mkdocs-jupyter 가 그 노트북을 스스로 변환합니다 (오류도 거기서 납니다).
  스레드가 도는 프로세스(mkdocs serve 의 다시 빌드)에서는 fork 하지 않습니다.
- fix_headings(): 한국어 제목의 앵커를 사이트의 toc.slugify 로, polish(): MathJax 빈 script 제거, 코드 칸 tabindex, 대비를 맞춘 색.
"""

from __future__ import annotations

import html
import json
import logging
import multiprocessing
import os
import re
import threading
from pathlib import Path

from markdown.extensions.toc import unique

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
CODE_AREA = re.compile(r'<div class="highlight-ipynb([^"]*)">')
# mkdocs-jupyter 의 주피터 코드 색 중 배경과 대비가 4.5:1 에 못 미치는 것만 바꿉니다 (axe color-contrast, WCAG AA).
# 밝은 모드 배경 #f5f5f5, 어두운 모드(slate) 배경 #212121 에서 4.8:1 이 되도록 같은 색상을 밝기만 조절한 값입니다.
NOTEBOOK_CSS = """<style>
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
</style>
"""
EMPTY_SCRIPT = re.compile(r'<script src=""[^>]*>\s*</script>')


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


def polish(content: str) -> str:
    """mkdocs-jupyter 가 그린 노트북 HTML 다듬기."""
    # 수식이 없으므로 MathJax 를 불러오지 않습니다 (mkdocs-jupyter 는 주소가 빈 <script src=""> 를 남깁니다).
    content = EMPTY_SCRIPT.sub("", content)
    # 가로로 스크롤되는 코드 칸에 키보드로도 닿을 수 있게 합니다 (axe scrollable-region-focusable).
    content = CODE_AREA.sub(r'<div class="highlight-ipynb\1" tabindex="0">', content)
    return NOTEBOOK_CSS + content


def jupyter_css() -> str | None:
    """mkdocs-jupyter 가 노트북 페이지마다 <style> 로 넣는 주피터 CSS (사이트에는 한 파일로 한 번만 내보냅니다)."""
    import mkdocs_jupyter

    path = Path(mkdocs_jupyter.__file__).parent / "templates" / "mkdocs_html" / "assets" / "index.css"
    return path.read_text(encoding="utf-8") if path.exists() else None
