"""mkdocs 훅: 가이드 페이지마다 주피터 노트북을 만들어 사이트에 넣고, 페이지에 "노트북 다운로드"·"Colab에서 열기" 링크를 답니다.

- 노트북은 빌드할 때마다 페이지에서 새로 만듭니다 (tests/notebooks.py, 테스트와 같은 함수). 저장소에는 넣지 않고
  build/notebooks/ (gitignore) 에 쓴 뒤 mkdocs 의 파일 목록에 notebooks/<slug>.ipynb 로 더합니다.
- mkdocs-jupyter 가 그 노트북을 실행하지 않고(execute: false) notebooks/<slug>/ 페이지로 그리고,
  .ipynb 를 notebooks/<slug>/<slug>.ipynb 로 복사합니다(include_source: true). 다운로드 버튼은 테마를 덮어쓰지 않고
  이 훅이 가이드 페이지와 노트북 페이지의 제목 아래에 링크로 답니다.
  (guide/<slug>.ipynb 로 넣지 않는 까닭: 그 페이지 주소 guide/<slug>/ 는 guide/<slug>.md 의 것입니다.)
- 노트북 페이지는 목차(nav)에 넣지 않고(알림 없음), 검색 색인에서도 뺍니다 (같은 글이 두 번 검색되지 않게).
  제목 앵커는 mkdocs.yml 의 toc.slugify 로 다시 만들어 한국어 제목도 읽을 수 있는 앵커가 됩니다.
- Colab 링크: https://colab.research.google.com/github/<owner>/<repo>/blob/<브랜치>/notebooks/<slug>/<slug>.ipynb
  <owner>/<repo> 는 mkdocs.yml 의 repo_url 에서, 브랜치는 mkdocs.yml 의 extra.colab_branch (사이트가 게시되는 브랜치) 에서 옵니다.
- mkdocs build 는 TensorFlow 를 import 하지 않습니다. 빌드 중에 import 되면 경고(--strict 에서는 실패)합니다.
- 빌드 시간: mkdocs-jupyter 는 노트북마다 nbconvert 변환(CPU 약 0.6 초)을 차례로 하고 결과를 cache_dir 에 둡니다.
  캐시가 없는 노트북은 이 훅이 on_files 에서 미리 fork 한 작업 프로세스(CPU 수만큼)로 나누어 변환해 같은 캐시 파일을
  써 둡니다 (prerender). 그동안 mkdocs 는 .md 페이지를 만들고, 노트북 페이지(파일 목록의 끝)를 그리기 전에 기다립니다.
  캐시 파일의 키·내용은 mkdocs-jupyter 가 스스로 쓰는 것과 같습니다 (tests/test_notebooks.py 가 확인).
  작업 프로세스가 실패하면 캐시가 없을 뿐이고 mkdocs-jupyter 가 그 노트북을 스스로 변환합니다 (오류도 거기서 납니다).
  스레드가 도는 프로세스(mkdocs serve 의 다시 빌드)에서는 fork 하지 않습니다.
"""

from __future__ import annotations

import html
import json
import logging
import multiprocessing
import os
import re
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pathspec
from markdown.extensions.toc import nest_toc_tokens, unique
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.notebooks")

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"  # 만든 노트북은 build/notebooks/<slug>.ipynb (gitignore)
GUIDE_PREFIX = "guide/"  # 이 폴더의 .md 페이지마다 노트북 하나
PLUGIN = "mkdocs-jupyter"
DEFAULT_BRANCH = "gh-pages"
COLAB = "https://colab.research.google.com/github/{repo}/blob/{branch}/{path}"
# mkdocs-jupyter 는 주피터 CSS(약 570 KB)를 노트북 페이지마다 <style> 로 넣습니다. 한 파일로 한 번만 내보냅니다.
SHARED_CSS = "assets/stylesheets/mkdocs-jupyter.css"

# 빌드마다 채웁니다: 가이드 페이지 src_uri → 노트북 src_uri, 노트북 src_uri → 가이드 페이지 src_uri
_notebook_of: dict[str, str] = {}
_page_of: dict[str, str] = {}
_state: dict = {}
_workers: list = []  # prerender 작업 프로세스 (multiprocessing.Process)


def _generator():
    """tests/notebooks.py (페이지 → 노트북). 저장소 루트를 import 경로에 넣고 불러옵니다."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        from tests import notebooks
    except ImportError as exc:
        raise PluginError(
            f"노트북을 만들 수 없습니다: {exc}. 사이트 환경에도 pytest-codeblocks 가 필요합니다 "
            "(requirements/site.txt, 페이지에서 코드 블록을 읽는 tests/docpages.py 가 씁니다)."
        ) from exc
    loaded = Path(notebooks.__file__).resolve()
    if loaded.parent.parent != ROOT:
        raise PluginError(f"다른 곳의 tests 패키지를 불러왔습니다: {loaded} (기대: {ROOT / 'tests'})")
    return notebooks


def _github_repo(repo_url: str | None) -> str | None:
    parts = urlsplit(repo_url or "")
    path = parts.path.strip("/").removesuffix(".git")
    if parts.netloc.lower() in ("github.com", "www.github.com") and path.count("/") == 1:
        return path
    return None


def on_config(config):
    _state.clear()
    _state["tensorflow_before"] = "tensorflow" in sys.modules
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(f"hooks/notebooks.py 에는 mkdocs.yml 의 plugins 에 {PLUGIN} 가 필요합니다.")
    # 노트북은 실행하지 않고 그립니다 (TensorFlow 없이 빌드). 다운로드 링크는 include_source 가 복사한 파일을 가리킵니다.
    if plugin.config["execute"] or not plugin.config["include_source"]:
        raise PluginError(f"mkdocs.yml: {PLUGIN} 는 execute: false, include_source: true 여야 합니다.")
    # mkdocs-jupyter 의 렌더 캐시 경로는 현재 폴더 기준이므로 mkdocs.yml 이 있는 폴더 기준으로 고정합니다 (build/, gitignore).
    cache_dir = Path(plugin.config["cache_dir"])
    if not cache_dir.is_absolute():
        plugin.config["cache_dir"] = str(Path(config.config_file_path).resolve().parent / cache_dir)
    _state["repo"] = _github_repo(config.get("repo_url"))
    if _state["repo"] is None:
        log.warning("mkdocs.yml 의 repo_url 이 GitHub 저장소가 아니어서 'Colab에서 열기' 링크를 만들 수 없습니다: %s", config.get("repo_url"))
    # 노트북 페이지는 목차(nav)에 넣지 않습니다. mkdocs-jupyter 가 File 을 감싸므로 File.inclusion 대신
    # mkdocs 의 not_in_nav 패턴에 notebooks/ 를 더합니다 ("nav 에 없는 페이지" 알림도 나오지 않습니다).
    pattern = pathspec.GitIgnoreSpec.from_lines([f"/{_generator().NOTEBOOK_DIR}/"])
    config["not_in_nav"] = config["not_in_nav"] + pattern if config.get("not_in_nav") else pattern
    _state["branch"] = (config.get("extra") or {}).get("colab_branch", DEFAULT_BRANCH)
    toc = config["mdx_configs"].get("toc", {})
    _state["slugify"] = toc.get("slugify")
    _state["separator"] = toc.get("separator", "-")
    return config


@event_priority(100)  # mkdocs-jupyter 의 on_files 보다 먼저: 더한 노트북을 mkdocs-jupyter 가 페이지로 받습니다.
def on_files(files, config):
    nbgen = _generator()
    site = nbgen.Site.from_config(config)
    _notebook_of.clear()
    _page_of.clear()
    written = set()
    for page_file in list(files.documentation_pages()):
        uri = page_file.src_uri
        if not (uri.startswith(GUIDE_PREFIX) and uri.endswith(".md")) or page_file.abs_src_path is None:
            continue
        page = Path(page_file.abs_src_path)
        try:
            nb = nbgen.page_notebook(page, site)
        except nbgen.PageError as exc:
            log.warning("docs/%s: 노트북을 만들지 못했습니다: %s", uri, exc)
            continue
        src_uri = nbgen.notebook_src_uri(page)
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"docs/{src_uri} 가 이미 있습니다. 노트북은 빌드가 만듭니다 ({BUILD}).")
        nbgen.write_notebook(nb, BUILD / src_uri)
        written.add((BUILD / src_uri).resolve())
        nb_file = File(
            src_uri,
            src_dir=str(BUILD),
            dest_dir=config["site_dir"],
            use_directory_urls=config["use_directory_urls"],
        )
        files.append(nb_file)
        _notebook_of[uri] = src_uri
        _page_of[src_uri] = uri
    if _notebook_of:
        css = _jupyter_css()
        if css:
            files.append(File.generated(config, SHARED_CSS, content=css))
            _state["css_block"] = f'<style type="text/css">\n{css}</style>'
    folder = BUILD / nbgen.NOTEBOOK_DIR
    for old in folder.glob("*.ipynb") if folder.exists() else []:
        if old.resolve() not in written:  # 지워진 페이지의 노트북
            old.unlink()
    _start_prerender(sorted(written), config)
    return files


def _plugin_options(config) -> dict:
    return dict(config.plugins.get(PLUGIN).config)


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


def _prerender_worker(paths: list[Path], options: dict) -> None:
    logging.disable(logging.CRITICAL)  # 경고·오류는 mkdocs-jupyter 가 같은 노트북을 다시 변환할 때 본 프로세스에서 납니다
    _share_template_bytecode()  # fork 한 작업 프로세스 안에서만 바꿉니다
    for path in paths:
        try:
            render_to_cache(path, options)
        except Exception:  # noqa: BLE001 - 캐시를 못 쓰면 본 프로세스가 스스로 변환합니다
            continue


def _start_prerender(notebooks: list[Path], config) -> None:
    _join_prerender()
    options = _plugin_options(config)
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
        proc = ctx.Process(target=_prerender_worker, args=(misses[i::jobs], options), daemon=True)
        proc.start()
        _workers.append(proc)
    log.debug("노트북 %d 개를 작업 프로세스 %d 개로 미리 변환합니다.", len(misses), jobs)


def _join_prerender() -> None:
    while _workers:
        _workers.pop().join()


def on_pre_page(page, config, files):
    if page.file.src_uri in _page_of:  # 노트북 페이지를 그리기 전에 미리 변환이 끝나기를 기다립니다
        _join_prerender()
    return page


def on_build_error(error):
    _join_prerender()


def _jupyter_css() -> str | None:
    import mkdocs_jupyter

    path = Path(mkdocs_jupyter.__file__).parent / "templates" / "mkdocs_html" / "assets" / "index.css"
    return path.read_text(encoding="utf-8") if path.exists() else None


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri in _page_of:
        # 같은 글이 두 번 검색되지 않게 노트북 페이지는 검색 색인에서 뺍니다 (Material 의 search.exclude).
        page.meta["search"] = {"exclude": True}
    return markdown


def _download_path(nb_file: File) -> str:
    """mkdocs-jupyter(include_source)가 .ipynb 를 복사하는 곳: 노트북 페이지의 출력 폴더 + 원래 파일 이름."""
    folder = nb_file.dest_uri.rsplit("/", 1)[0] if "/" in nb_file.dest_uri else ""
    name = nb_file.src_uri.rsplit("/", 1)[-1]
    return f"{folder}/{name}" if folder else name


def colab_url(nb_file: File) -> str | None:
    if not _state.get("repo"):
        return None
    return COLAB.format(repo=_state["repo"], branch=_state["branch"], path=_download_path(nb_file))


def _links_html(page, nb_file: File, other: File, other_text: str) -> str:
    """노트북 다운로드 · Colab에서 열기 · (노트북으로 보기 | 원래 페이지) 링크 한 줄."""
    here = page.file.url
    download = get_relative_url(_download_path(nb_file), here)
    name = nb_file.src_uri.rsplit("/", 1)[-1]
    # 모두 primary 버튼: 머리글과 같은 색 조합(주황 바탕, 흰 글자)이라 밝은·어두운 모드 모두 대비를 통과합니다.
    button = "md-button md-button--primary"
    links = [f'<a class="{button}" href="{html.escape(download)}" download="{html.escape(name)}">노트북 다운로드</a>']
    colab = colab_url(nb_file)
    if colab:
        links.append(f'<a class="{button}" href="{html.escape(colab)}">Colab에서 열기</a>')
    links.append(f'<a class="{button}" href="{html.escape(get_relative_url(other.url, here))}">{other_text}</a>')
    return '\n<p class="notebook-links" data-search-exclude>\n' + "\n".join(links) + "\n</p>\n"


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


def _fix_notebook_headings(content: str, page) -> str:
    """노트북 페이지의 제목 앵커를 mkdocs.yml 의 toc.slugify 로 다시 만들고, 페이지 목차(toc)도 그에 맞춥니다.

    mkdocs-jupyter 0.26 은 자체 ASCII slugify 를 써서 한국어 제목의 앵커가 비거나 깨집니다.
    """
    slugify, sep = _state.get("slugify"), _state.get("separator", "-")
    if slugify is None:
        return content
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
    page.toc = get_toc(nest_toc_tokens(tokens))
    return content


def on_page_content(html_content, page, config, files):
    uri = page.file.src_uri
    if uri in _notebook_of:  # 가이드 페이지: 첫 제목 바로 아래에 노트북 링크
        nb_file = files.get_file_from_path(_notebook_of[uri])
        return _after_h1(html_content, _links_html(page, nb_file, nb_file, "노트북으로 보기"))
    if uri in _page_of:  # 노트북 페이지: 앵커와 목차를 고치고, 같은 링크와 원래 페이지로 가는 링크를 제목 아래에
        guide = files.get_file_from_path(_page_of[uri])
        html_content = _fix_notebook_headings(html_content, page)
        # 수식이 없으므로 MathJax 를 불러오지 않습니다 (mkdocs-jupyter 는 주소가 빈 <script src=""> 를 남깁니다).
        html_content = EMPTY_SCRIPT.sub("", html_content)
        # 가로로 스크롤되는 코드 칸에 키보드로도 닿을 수 있게 합니다 (axe scrollable-region-focusable).
        html_content = CODE_AREA.sub(r'<div class="highlight-ipynb\1" tabindex="0">', html_content)
        html_content = NOTEBOOK_CSS + html_content
        block = _state.get("css_block")
        if block and block in html_content:
            link = f'<link rel="stylesheet" href="{html.escape(get_relative_url(SHARED_CSS, page.file.url))}">'
            html_content = html_content.replace(block, link, 1)
        if page.title and not page.title.endswith(" (노트북)"):
            page.title = f"{page.title} (노트북)"
        if guide.page is not None and guide.page.meta.get("description"):
            page.meta.setdefault("description", guide.page.meta["description"])
        return _after_h1(html_content, _links_html(page, page.file, guide, "원래 페이지로"))
    return html_content


def _after_h1(content: str, snippet: str) -> str:
    m = re.search(r"</h1>", content)
    at = m.end() if m else 0
    return content[:at] + snippet + content[at:]


def on_post_build(config):
    _join_prerender()
    if not _state.get("tensorflow_before") and "tensorflow" in sys.modules:
        log.warning("mkdocs build 중에 TensorFlow 가 import 되었습니다. 사이트 빌드는 TensorFlow 없이 돌아가야 합니다.")
