"""mkdocs 훅: 가이드 페이지마다 주피터 노트북을 만들어 사이트에 넣고, 페이지에 "노트북 다운로드"·"Colab에서 열기" 링크를 답니다.

- 노트북은 빌드할 때마다 페이지에서 새로 만듭니다 (docpages/notebook.py, 테스트와 같은 함수). 저장소에는 넣지 않고
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
- 빌드 시간: 캐시에 없는 노트북은 미리 작업 프로세스로 변환해 둡니다 (docpages/nbrender.py). 노트북 페이지 HTML 다듬기도 거기 있습니다.
- 노트북 CSS: 페이지마다 넣던 <style> 들을 빼서 모으고(on_page_content), 만든 노트북 페이지의 HTML 에 나오는 이름을 모아
  (on_post_page), 쓰는 규칙만 남긴 한 파일 assets/stylesheets/notebook.css 를 씁니다(on_post_build). 남기기 전의 CSS 는
  build/notebook.untrimmed.css 에 두어 tests/browser/check.mjs 가 브라우저에서 둘을 비교합니다.
- 노트북 페이지의 그림 출력(base64)은 가이드 페이지의 같은 그림 파일(hooks/figures.py 가 더한 guide/<slug>/*.png)을 가리키게
  합니다 (docpages/nbrender.py 의 link_figures(), 설명은 가이드 페이지의 <img alt>).
"""

from __future__ import annotations

import base64
import html
import logging
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pathspec
from markdown.extensions.toc import nest_toc_tokens
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages import nbrender  # noqa: E402
from docpages import notebook as nbgen  # noqa: E402
from docpages.figures import png_size  # noqa: E402

log = logging.getLogger("mkdocs.hooks.notebooks")

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"  # 만든 노트북은 build/notebooks/<slug>.ipynb (gitignore)
GUIDE_PREFIX = "guide/"  # 이 폴더의 .md 페이지마다 노트북 하나
PLUGIN = "mkdocs-jupyter"
DEFAULT_BRANCH = "gh-pages"
COLAB = "https://colab.research.google.com/github/{repo}/blob/{branch}/{path}"
# mkdocs-jupyter 는 주피터 CSS(약 590 KB)를 노트북 페이지마다 <style> 로 넣습니다. 노트북 페이지가 쓰는 규칙만 남겨 한 파일로 내보냅니다
# (docpages/nbrender.py 의 stylesheet()). 남기기 전의 CSS 는 build/ 에 두고 tests/browser/check.mjs 가 둘을 비교합니다.
SHARED_CSS = "assets/stylesheets/notebook.css"
UNTRIMMED_CSS = BUILD / "notebook.untrimmed.css"

# 빌드마다 채웁니다: 가이드 페이지 src_uri → 노트북 src_uri, 노트북 src_uri → 가이드 페이지 src_uri
_notebook_of: dict[str, str] = {}
_page_of: dict[str, str] = {}
_state: dict = {}


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
    pattern = pathspec.GitIgnoreSpec.from_lines([f"/{nbgen.NOTEBOOK_DIR}/"])
    config["not_in_nav"] = config["not_in_nav"] + pattern if config.get("not_in_nav") else pattern
    _state["branch"] = (config.get("extra") or {}).get("colab_branch", DEFAULT_BRANCH)
    toc = config["mdx_configs"].get("toc", {})
    _state["slugify"] = toc.get("slugify")
    _state["separator"] = toc.get("separator", "-")
    return config


@event_priority(100)  # mkdocs-jupyter 의 on_files 보다 먼저: 더한 노트북을 mkdocs-jupyter 가 페이지로 받습니다.
def on_files(files, config):
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
    _state["css_blocks"] = []  # 노트북 페이지에서 뺀 <style> 들 (처음 나온 순서, 같은 것은 한 번)
    _state["names"] = nbrender.csstrim.Tokens()  # 만든 노트북 페이지 HTML 에 나오는 클래스·태그 …
    folder = BUILD / nbgen.NOTEBOOK_DIR
    for old in folder.glob("*.ipynb") if folder.exists() else []:
        if old.resolve() not in written:  # 지워진 페이지의 노트북
            old.unlink()
    nbrender.start_prerender(sorted(written), _plugin_options(config))
    return files


def _plugin_options(config) -> dict:
    return dict(config.plugins.get(PLUGIN).config)


def on_pre_page(page, config, files):
    if page.file.src_uri in _page_of:  # 노트북 페이지를 그리기 전에 미리 변환이 끝나기를 기다립니다
        nbrender.join_prerender()
    return page


def on_build_error(error):
    nbrender.join_prerender()


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


def on_page_content(html_content, page, config, files):
    uri = page.file.src_uri
    if uri in _notebook_of:  # 가이드 페이지: 첫 제목 바로 아래에 노트북 링크
        nb_file = files.get_file_from_path(_notebook_of[uri])
        return _after_h1(html_content, _links_html(page, nb_file, nb_file, "노트북으로 보기"))
    if uri in _page_of:  # 노트북 페이지: 앵커와 목차를 고치고, 같은 링크와 원래 페이지로 가는 링크를 제목 아래에
        guide = files.get_file_from_path(_page_of[uri])
        if _state.get("slugify") is not None:
            html_content, tokens = nbrender.fix_headings(html_content, _state["slugify"], _state["separator"])
            page.toc = get_toc(nest_toc_tokens(tokens))
        html_content, blocks = nbrender.polish(html_content)
        html_content = nbrender.link_figures(html_content, _figures(page, guide, files))
        _state["css_blocks"].extend(b for b in blocks if b not in _state["css_blocks"])
        link = f'<link rel="stylesheet" href="{html.escape(get_relative_url(SHARED_CSS, page.file.url))}">\n'
        html_content = link + html_content
        if page.title and not page.title.endswith(" (노트북)"):
            page.title = f"{page.title} (노트북)"
        if guide.page is not None and guide.page.meta.get("description"):
            page.meta.setdefault("description", guide.page.meta["description"])
        return _after_h1(html_content, _links_html(page, page.file, guide, "원래 페이지로"))
    return html_content


IMG = re.compile(r"<img\b[^>]*>")
IMG_SRC_ALT = re.compile(r'\s(src|alt)="([^"]*)"')


def _figures(page, guide: File, files) -> dict[str, nbrender.Figure]:
    """가이드 페이지의 그림 파일(hooks/figures.py 가 guide/<페이지>/*.png 로 더한 것): base64 → 노트북 페이지에서 쓸 Figure."""
    folder = guide.src_uri.rsplit(".", 1)[0] + "/"  # guide/06-vae.md → guide/06-vae/
    alts = {}  # 가이드 페이지 HTML 의 <img src="15_reconstruct.png" alt="…">: 파일 이름 → 한국어 설명
    for tag in IMG.findall(guide.page.content or "") if guide.page is not None else []:
        attrs = dict(IMG_SRC_ALT.findall(tag))
        if "src" in attrs and "alt" in attrs:
            alts[attrs["src"].rsplit("/", 1)[-1]] = html.unescape(attrs["alt"])
    figures = {}
    for f in files:
        if f.src_uri.startswith(folder) and f.src_uri.endswith(".png") and f.abs_src_path:
            png = Path(f.abs_src_path)
            width, height = png_size(png)
            name = f.src_uri.rsplit("/", 1)[-1]
            figures[base64.b64encode(png.read_bytes()).decode("ascii")] = nbrender.Figure(
                get_relative_url(f.url, page.file.url), width, height, alts.get(name)
            )
    return figures


def _after_h1(content: str, snippet: str) -> str:
    m = re.search(r"</h1>", content)
    at = m.end() if m else 0
    return content[:at] + snippet + content[at:]


def on_post_page(output, page, config):
    if page.file.src_uri in _page_of:
        _state["names"].add(output)
    return output


def on_post_build(config):
    nbrender.join_prerender()
    if _state.get("css_blocks"):
        site = Path(config["site_dir"])
        others = [p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.css")) if p != site / SHARED_CSS]
        trimmed, untrimmed = nbrender.stylesheet(_state["css_blocks"], _state["names"], others)
        (site / SHARED_CSS).parent.mkdir(parents=True, exist_ok=True)
        (site / SHARED_CSS).write_text(trimmed, encoding="utf-8")
        UNTRIMMED_CSS.parent.mkdir(parents=True, exist_ok=True)
        UNTRIMMED_CSS.write_text(untrimmed, encoding="utf-8")
    if not _state.get("tensorflow_before") and "tensorflow" in sys.modules:
        log.warning("mkdocs build 중에 TensorFlow 가 import 되었습니다. 사이트 빌드는 TensorFlow 없이 돌아가야 합니다.")
