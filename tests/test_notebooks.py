"""노트북 테스트: 가이드 페이지마다 만드는 노트북(.ipynb)을 확인하고, 실제 주피터 커널에서 실행합니다.

1. 페이지에서 노트북을 만듭니다 (사이트 빌드의 hooks/notebooks.py 와 같은 함수, docpages/notebook.py).
   nbformat 4 로 검증하고, 코드 셀이 문서 테스트가 실행하는 블록과 글자 그대로 같은지,
   마크다운 셀에 include 줄·pytest-codeblocks 표시·상자 문법이 남지 않았는지 봅니다.
2. 노트북을 nbclient 로 실제 커널(python3, 이 venv 의 ipykernel)에서 위에서부터 실행합니다. 독자가 가는 길입니다:
   노트북에서만 생기는 것(표시 출력, Out[], 인라인 그림, 노트북의 stderr)까지 봅니다. 커널은 세션에서 하나를 띄워
   페이지마다 `%reset -f` 로 비우고 씁니다 (TensorFlow import 는 한 번. 문서 테스트처럼 페이지 순서는 pytest-randomly 가 섞고,
   문서 테스트와는 다른 순서입니다). 셀마다 블록과 같은 시간 제한이 있고, 작업 폴더는 빈 임시 폴더입니다.
   코드 셀마다 셀 아래에 보이는 글자(stdout, 표시 출력의 text/plain)를 페이지의 검증된 출력과
   docpages/compare.py 규칙으로 비교하고, 그림을 그리는 셀은 페이지와 같은 수의 그림을 보여야 하며,
   stderr(노트북의 빨간 경고)는 문서 테스트와 같은 규칙(docpages/outputs.py)으로 비어 있어야 합니다.
   셀에서 예외가 나거나 시간 제한을 넘으면 노트북, 셀 번호, snippet 파일, traceback 과 함께 실패합니다.
3. 만들어진 사이트(site/)에 가이드 페이지마다 올바른 .ipynb 가 하나씩 있고, 가이드 페이지에
   "노트북 다운로드"·"Colab에서 열기" 링크가 있으며, 노트북 페이지는 검색 색인과 목차에 없는지 봅니다.
   노트북 페이지가 가벼운지(docpages/nbrender.py): <style>·MathJax·mermaid 가 없고 쓰는 규칙만 남긴 CSS 한 파일을 쓰며,
   코드 칸이 화면 밖에서 건너뛸 수 있게(줄 수, tabindex) 다듬어졌고, 그림이 base64 대신 가이드 페이지와 같은 파일인지.
4. 미리 변환한 렌더 캐시가 mkdocs-jupyter 의 것과 같은지.
5. CSS 줄이기(docpages/csstrim.py)의 규칙: 맞을 수 없는 규칙과 읽지 않는 사용자 정의 속성만 빠지는지.
   실제 브라우저에서 줄인 CSS 와 원래 CSS 의 계산된 스타일이 같은지는 tests/browser/check.mjs 가 봅니다.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import posixpath
import re
import textwrap
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

from docpages import compare
from docpages.figures import expected_figures
from docpages.pages import ROOT, guide_pages, read_blocks, rel
from docpages.outputs import stderr_lines, without_shared_process_lines
from docpages.run import EXEC_ENV, record
from docpages.notebook import (
    NOTEBOOK_DIR,
    Site,
    code_cells,
    notebook_site_path,
    notebook_src_uri,
    page_notebook,
    stdout_of,
)

SITE = ROOT / "site"
KERNEL = "python3"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@functools.lru_cache(maxsize=1)
def mkdocs_config():
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))


def site_info() -> Site:
    return Site.from_config(mkdocs_config())


def pages_param():
    return pytest.mark.parametrize("page", guide_pages(), ids=lambda p: p.stem)


# ---------------------------------------------------------------- 1. 노트북 = 페이지


@pages_param()
def test_notebook_is_the_page(page):
    nb = page_notebook(page, site_info())
    nbformat.validate(nb, version=4)
    assert nb.metadata.kernelspec.name == KERNEL
    blocks = read_blocks(page)
    cells = code_cells(nb)
    assert [c.source for c in cells] == [b.code.rstrip("\n") for b in blocks], (
        f"{rel(page)}: 노트북의 코드 셀이 문서 테스트가 실행하는 블록과 다릅니다"
    )
    for cell, block in zip(cells, blocks):
        want = (block.expected or "").rstrip("\n")
        assert stdout_of(cell).rstrip("\n") == want, f"{block.where}: 노트북 셀의 출력이 페이지의 출력 블록과 다릅니다"
        assert cell.metadata["snippet"] == rel(block.snippet_path)
        pngs = [base64.b64decode(o.data["image/png"]) for o in cell.outputs if o.output_type == "display_data"]
        assert pngs == [p.read_bytes() for p in expected_figures(block)], f"{block.where}: 노트북 셀의 그림이 블록의 그림과 다릅니다"
        for png in expected_figures(block):  # 그림 줄은 셀의 출력이 되었으므로 본문에 남지 않습니다 (설명에 ']' 가 있으면 남습니다)
            assert f"/{png.name})" not in "\n".join(c.source for c in nb.cells if c.cell_type == "markdown"), (
                f"{block.where}: 그림 {png.name} 을 보여 주는 줄이 노트북 본문에 남았습니다 (그림 설명에 ']' 를 쓰지 마세요)"
            )
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for bad, why in [
        ("--8<--", "include 줄"),
        ("pytest-codeblocks", "pytest-codeblocks 표시"),
        ("```", "코드 펜스 (코드는 코드 셀이어야 합니다)"),
    ]:
        assert bad not in markdown, f"{rel(page)}: 노트북의 마크다운 셀에 {why}가 남아 있습니다"
    leftover = [ln for ln in markdown.splitlines() if re.match(r"^[> ]*(!!!|\?\?\?)", ln)]
    assert not leftover, f"{rel(page)}: 상자(admonition) 문법이 그대로 남아 있습니다: {leftover}"
    assert re.search(r"^# ", markdown, re.M), f"{rel(page)}: 노트북에 페이지 제목(# ...)이 없습니다"


def test_conversion_of_admonitions_links_and_includes(tmp_path):
    """상자 안의 코드 블록은 코드 셀이 되고, 상자의 글은 굵은 제목이 붙은 인용문으로 이어집니다."""
    snippets = tmp_path / "snippets"
    (snippets / "demo").mkdir(parents=True)
    (snippets / "demo" / "01_a.py").write_text('print("a")\n', encoding="utf-8")
    (snippets / "demo" / "01_a.out").write_text("a\n", encoding="utf-8")
    (snippets / "demo" / "02_b.py").write_text("b = 2\n", encoding="utf-8")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16  # 내용은 상관없습니다: 바이트 그대로 셀의 이미지 출력이 됩니다
    (snippets / "demo" / "02_b.png").write_bytes(png)
    (snippets / "demo" / "note.md").write_text('!!! success "검증"\n\n    검증한 환경.\n', encoding="utf-8")
    page = tmp_path / "demo.md"
    page.write_text(
        textwrap.dedent(
            '''\
            ---
            description: 설명
            ---

            # 제목

            --8<-- "demo/note.md"

            [앞 페이지](01-layer.md#준비)와 [밖](https://keras.io/)을 봅니다.
            **손실(loss)**을 `f(**kwargs)`로 넘기고 **굵게** 씁니다.

            !!! warning "달라진 점"

                상자 첫 문단.

                ```python
                --8<-- "demo/01_a.py"
                ```

                <!--pytest-codeblocks:expected-output-->
                ```text title="출력"
                --8<-- "demo/01_a.out"
                ```

                상자 끝 문단.

                ??? note
                    접힌 상자.

            상자 밖.

            ```python
            --8<-- "demo/02_b.py"
            ```

            ![그림 설명](demo/02_b.png)

            ![다른 그림](demo/other.png)
            '''
        ),
        encoding="utf-8",
    )
    nb = page_notebook(page, Site("https://example.org/site/"), root=snippets)
    nbformat.validate(nb, version=4)
    kinds = [c.cell_type for c in nb.cells]
    assert kinds == ["markdown", "code", "markdown", "code", "markdown"], kinds
    first, _, after, _, last = (c.source for c in nb.cells)
    # 블록의 그림을 보여 주는 줄은 코드 셀의 이미지 출력이 되고, 블록의 그림이 아닌 그림 줄은 본문에 남습니다.
    assert last == "![다른 그림](https://example.org/site/guide/demo/other.png)"
    assert [o.output_type for o in nb.cells[3].outputs] == ["display_data"]
    assert base64.b64decode(nb.cells[3].outputs[0].data["image/png"]) == png
    assert first.startswith("# 제목\n")
    assert "> **검증**\n>\n> 검증한 환경." in first
    assert "[앞 페이지](https://example.org/site/guide/01-layer/#준비)" in first
    assert "[밖](https://keras.io/)" in first
    # CommonMark(주피터, Colab)이 못 읽는 강조만 HTML 로, 인라인 코드는 그대로
    assert "<strong>손실(loss)</strong>을 `f(**kwargs)`로 넘기고 **굵게** 씁니다." in first
    assert first.endswith("> **달라진 점**\n>\n> 상자 첫 문단.")
    assert after == "> 상자 끝 문단.\n>\n> > **Note**\n> >\n> > 접힌 상자.\n\n상자 밖."
    assert nb.cells[1].outputs[0].text == "a\n"
    assert nb.metadata.docs.description == "설명"


# ---------------------------------------------------------------- 2. 커널에서 실행


# 페이지마다 노트북 앞에 실행하는 셀: 이름공간을 비우고, 경고 기록을 지워 같은 경고가 새 커널처럼 다시 한 번 보이게 합니다.
RESET = """%reset -f
import warnings as _w
_w.filterwarnings("default", category=DeprecationWarning, module="__main__")  # 필터를 바꾸면 경고 기록이 비워집니다
del _w"""


@pytest.fixture(scope="session")
def kernel(tmp_path_factory):
    """세션에서 하나 띄우는 커널 (nbclient 가 페이지마다 씁니다)."""
    from jupyter_client.manager import AsyncKernelManager  # nbclient 가 쓰는 것과 같은 종류
    from jupyter_core.utils import run_sync

    folder = tmp_path_factory.mktemp("kernel")
    # 로컬 소켓(ipc): TCP 포트를 열지 않습니다. 소켓 경로는 절대 경로로 (커널의 작업 폴더는 pytest 와 다릅니다).
    km = AsyncKernelManager(kernel_name=KERNEL, transport="ipc", ip=str(folder / "ipc"))
    # 노트북은 그림을 셀 아래에 보여 줘야 하므로 작업 프로세스의 MPLBACKEND=Agg 는 빼고 ipykernel 의 인라인 백엔드를 씁니다.
    env = {k: v for k, v in dict(os.environ, **EXEC_ENV).items() if k != "MPLBACKEND"}
    run_sync(km.start_kernel)(cwd=str(folder), env=env)
    yield km
    run_sync(km.shutdown_kernel)(now=True)


def _execute(km, nb: nbformat.NotebookNode, timeouts: dict[str, float]) -> tuple[nbformat.NotebookNode, float]:
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell

    run = nbformat.from_dict(json.loads(json.dumps(nb)))
    for cell in code_cells(run):
        cell.outputs, cell.execution_count = [], None
    run.cells.insert(0, new_code_cell(RESET, id="docpages-reset"))
    client = NotebookClient(
        run,
        km=km,
        # 셀마다 그 블록의 시간 제한 (docpages.pages: 기본값과 페이지 머리말). 넘으면 커널을 멈추고(KeyboardInterrupt) 다음 셀로.
        timeout_func=lambda cell: timeouts.get(cell.get("metadata", {}).get("snippet"), max(timeouts.values())),
        interrupt_on_timeout=True,
        allow_errors=True,  # 예외가 난 셀을 찾아 보고하고, 나머지 셀의 결과도 봅니다
    )
    start = time.perf_counter()
    try:
        client.execute()
    except Exception:
        from jupyter_core.utils import run_sync

        run_sync(km.restart_kernel)(now=True)  # 다음 페이지는 새 커널에서
        raise
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
    reset = run.cells.pop(0)
    errors = [o for o in reset.outputs if o.output_type == "error"]
    assert not errors, f"커널을 비우는 셀이 실패했습니다: {errors}"
    return run, time.perf_counter() - start


def visible_text(cell) -> str:
    """노트북에서 셀 아래에 글자로 보이는 것: stdout 과, 표시 출력(display_data, Out[])의 text/plain (색 코드 제외), 순서대로.

    예: 주피터 커널에서 rich 를 쓰는 model.summary() 는 표를 stdout 이 아니라 표시 출력으로 냅니다.
    독자에게는 같은 표가 보이므로 같은 글자로 비교합니다. 그림(image/png)이 있는 표시 출력은 글자 대신 그림이 보이므로 뺍니다.
    """
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream" and out.name == "stdout":
            parts.append(out.text)
        elif out.output_type in ("display_data", "execute_result") and "image/png" not in out.get("data", {}):
            text = ANSI.sub("", out.get("data", {}).get("text/plain", ""))
            if text.strip():
                parts.append(text if text.endswith("\n") else text + "\n")
    return "".join(parts)


def images(cell) -> int:
    return sum(1 for o in cell.get("outputs", []) if o.output_type in ("display_data", "execute_result") and "image/png" in o.get("data", {}))


def stderr_of(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stderr")


def test_kernel_is_this_venv():
    """커널 python3 는 이 venv 의 ipykernel 입니다 (다른 파이썬의 커널이 잡히면 TensorFlow 버전이 달라집니다)."""
    import sys

    from jupyter_client.kernelspec import KernelSpecManager

    argv = KernelSpecManager().get_kernel_spec(KERNEL).argv
    # jupyter_client 는 argv[0] 이 "python" 이면 지금의 sys.executable 로 바꿉니다.
    assert argv[0] in ("python", "python3", f"python3.{sys.version_info[1]}", sys.executable), (
        f"커널 {KERNEL} 이 다른 파이썬을 씁니다: {argv}"
    )


@pages_param()
def test_notebook_runs_in_a_kernel_and_prints_the_page_outputs(page, kernel):
    nb = page_notebook(page, site_info())
    blocks = read_blocks(page)
    timeouts = {rel(b.snippet_path): b.timeout for b in blocks}
    rtols = {rel(b.snippet_path): b.rtol if b.rtol is not None else compare.RTOL for b in blocks}
    run, seconds = _execute(kernel, nb, timeouts)
    record("notebook kernel", page, seconds)
    name = notebook_src_uri(page)
    problems = []
    first_error = None
    for index, (want, got) in enumerate(zip(nb.cells, run.cells)):
        if want.cell_type != "code":
            continue
        snippet = want.metadata["snippet"]
        where = f"{name} 셀 {index} (In [{want.execution_count}], {snippet})"
        errors = [o for o in got.outputs if o.output_type == "error"]
        if errors:
            tb = ANSI.sub("", "\n".join(errors[0].get("traceback", [])))
            limit = f" (셀 시간 제한 {timeouts[snippet]:g}초를 넘었을 수 있습니다)" if errors[0].ename == "KeyboardInterrupt" else ""
            problems.append(f"{where} 에서 예외가 났습니다{limit}: {errors[0].ename}: {errors[0].evalue}\n\n{tb}")
            first_error = first_error if first_error is not None else index
            continue
        note = f"\n(참고: 앞의 셀 {first_error} 이 실패했습니다)" if first_error is not None else ""
        expected, actual = stdout_of(want), without_shared_process_lines(visible_text(got))
        if not expected.strip():
            if actual.strip():
                problems.append(f"{where} 가 출력을 냈지만 페이지에는 출력 블록이 없습니다:\n{actual}{note}")
        elif not compare.same(expected, actual, rtols[snippet]):
            problems.append(
                f"{where} 의 출력이 페이지의 검증된 출력과 다릅니다.\n\n"
                + compare.report(expected, actual, snippet.removesuffix(".py") + ".out", "노트북 실행", rtol=rtols[snippet])
                + note
            )
        if images(got) != images(want):
            problems.append(f"{where} 가 그림 {images(got)}개를 보였지만 페이지에는 {images(want)}개가 있습니다.{note}")
        shown = stderr_lines(stderr_of(got))
        if shown:
            problems.append(f"{where} 가 stderr 에 썼습니다 (독자에게 경고로 보입니다):\n" + "\n".join(shown) + note)
    if problems:
        pytest.fail(f"{name} ({rel(page)}) 을 커널에서 실행한 결과 ({seconds:.1f}초):\n\n" + "\n\n".join(problems), pytrace=False)


# ---------------------------------------------------------------- 3. 만들어진 사이트


def _soup(path: Path):
    from bs4 import BeautifulSoup

    if not path.exists():
        pytest.fail(f"{rel(path)} 가 없습니다. 먼저 make build 를 실행하세요 (make test 는 자동으로 합니다).", pytrace=False)
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _colab_url(page) -> str:
    cfg = mkdocs_config()
    repo = urlsplit(cfg["repo_url"]).path.strip("/").removesuffix(".git")
    branch = (cfg.get("extra") or {}).get("colab_branch", "gh-pages")
    return f"https://colab.research.google.com/github/{repo}/blob/{branch}/{notebook_site_path(page)}"


def _resolve(html_path: Path, href: str) -> Path:
    return (html_path.parent / unquote(urlsplit(href).path)).resolve()


@pages_param()
def test_site_has_the_notebook_and_links(page):
    cfg = mkdocs_config()
    ipynb = SITE / notebook_site_path(page, cfg["use_directory_urls"])
    assert ipynb.exists(), f"{rel(ipynb)} 가 없습니다 (make build)"
    built = nbformat.read(ipynb, as_version=4)
    nbformat.validate(built, version=4)
    fresh = nbformat.writes(page_notebook(page, site_info()), version=4)
    assert ipynb.read_text(encoding="utf-8") == fresh, f"{rel(ipynb)} 가 지금 페이지에서 만든 노트북과 다릅니다 (make build 를 다시)"

    html_path = SITE / "guide" / page.stem / "index.html"
    soup = _soup(html_path)
    article = soup.select_one("article")
    download = [a for a in article.select("a[download]") if "노트북 다운로드" in a.get_text()]
    assert len(download) == 1, f"{rel(html_path)}: '노트북 다운로드' 링크가 하나 있어야 합니다"
    assert _resolve(html_path, download[0]["href"]) == ipynb.resolve(), f"{rel(html_path)}: 다운로드 링크가 {rel(ipynb)} 를 가리키지 않습니다"
    colab = [a["href"] for a in article.select("a[href]") if "Colab에서 열기" in a.get_text()]
    assert colab == [_colab_url(page)], f"{rel(html_path)}: 'Colab에서 열기' 링크가 {_colab_url(page)} 가 아닙니다: {colab}"
    # 링크는 제목 바로 아래에 있습니다.
    assert article.find("h1").find_next_sibling().get("class") == ["notebook-links"]

    # 노트북의 마크다운 링크 중 이 사이트로 가는 것(상대 링크를 바꾼 절대 주소)은 실제 페이지와 절을 가리킵니다.
    base = cfg["site_url"]
    for cell in built.cells:
        if cell.cell_type != "markdown":
            continue
        for url in re.findall(r"\]\((\S+?)\)", cell.source):
            if not url.startswith(base):
                continue
            parts = urlsplit(url)
            target = SITE / unquote(parts.path[len(urlsplit(base).path) :]) / "index.html"
            assert target.exists(), f"{rel(ipynb)}: 링크 {url} 의 페이지가 사이트에 없습니다"
            if parts.fragment:
                ids = {h.get("id") for h in _soup(target).select("[id]")}
                assert unquote(parts.fragment) in ids, f"{rel(ipynb)}: 링크 {url} 의 절(#{unquote(parts.fragment)})이 없습니다"


@pages_param()
def test_notebook_page_is_rendered_not_indexed_not_in_nav(page):
    cfg = mkdocs_config()
    slugify = cfg["mdx_configs"]["toc"]["slugify"]
    html_path = SITE / NOTEBOOK_DIR / page.stem / "index.html"
    soup = _soup(html_path)
    article = soup.select_one("article")
    assert article.select(".jp-Notebook .jp-CodeCell"), f"{rel(html_path)}: mkdocs-jupyter 가 그린 노트북이 아닙니다"
    assert not article.select(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    # 한국어 제목도 mkdocs.yml 의 toc.slugify 로 만든 읽을 수 있는 앵커를 가지고, 페이지 목차가 그 앵커를 가리킵니다.
    ids = set()
    for h in article.select("h1, h2, h3"):
        text = h.get_text().rstrip("¶").strip()
        assert h.get("id", "").startswith(slugify(text, "-")), f"{rel(html_path)}: 제목 '{text}' 의 앵커가 {h.get('id')!r} 입니다"
        assert "%" not in h["id"]
        ids.add(h["id"])
    toc = [a["href"][1:] for a in soup.select("nav.md-nav--secondary a[href^='#']")]
    assert toc and set(toc) <= ids, f"{rel(html_path)}: 페이지 목차 {toc} 가 제목 앵커 {ids} 를 가리키지 않습니다"
    # 앵커는 원래 페이지의 앵커와 같습니다 (…/guide/01-layer/#준비 ↔ …/notebooks/01-layer/#준비).
    guide_ids = [h.get("id") for h in _soup(SITE / "guide" / page.stem / "index.html").select("article h1, article h2, article h3")]
    assert [h.get("id") for h in article.select("h1, h2, h3")] == guide_ids, f"{rel(html_path)}: 제목 앵커가 원래 페이지와 다릅니다"
    # 다운로드·Colab 링크는 노트북 페이지에도 있습니다.
    download = article.select("a[download]")
    assert download and _resolve(html_path, download[0]["href"]) == (SITE / notebook_site_path(page, cfg["use_directory_urls"])).resolve()
    # 목차(nav)에 없고, 검색 색인에도 없습니다.
    primary = [a.get("href", "") for a in soup.select("nav.md-nav--primary a")]
    assert not any(f"{NOTEBOOK_DIR}/" in posixpath.normpath(h) for h in primary), f"{rel(html_path)}: 노트북 페이지가 목차에 있습니다"
    index = json.loads((SITE / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [d["location"] for d in index["docs"]]
    assert not [loc for loc in locations if loc.startswith(f"{NOTEBOOK_DIR}/")], "노트북 페이지가 검색 색인에 있습니다"
    assert any(loc.startswith(f"guide/{page.stem}/") for loc in locations), "가이드 페이지는 검색 색인에 있어야 합니다"


@pages_param()
def test_notebook_page_is_lean(page):
    """docpages/nbrender.py 가 다듬은 노트북 페이지: 모바일 성능(README 의 "페이지 성능")을 위한 모양."""
    from docpages.codeblocks import line_count

    html_path = SITE / NOTEBOOK_DIR / page.stem / "index.html"
    text = html_path.read_text(encoding="utf-8") if html_path.exists() else ""
    soup = _soup(html_path)
    article = soup.select_one("article")
    # CSS 는 쓰는 규칙만 남긴 한 파일 (페이지마다 넣던 <style> 약 590 KB 대신)
    assert not article.select("style"), f"{rel(html_path)}: 노트북 HTML 에 <style> 이 남았습니다"
    sheets = [_resolve(html_path, link["href"]) for link in soup.select('link[rel="stylesheet"]')]
    css = SITE / "assets" / "stylesheets" / "notebook.css"
    assert sheets.count(css.resolve()) == 1, f"{rel(html_path)}: {rel(css)} 를 한 번 걸어야 합니다: {sheets}"
    # 수식도 mermaid 그림도 없으므로 그 스크립트가 없습니다 (mermaid 는 제3자 CDN 에서 받습니다)
    for gone in ("x-mathjax-config", "mermaid", "cdnjs", '<script src=""'):
        assert gone not in text, f"{rel(html_path)}: {gone!r} 가 남았습니다"
    # 코드 칸: 모양 없는 span 을 풀고, 키보드 스크롤(tabindex)과 그리지 않은 칸의 높이(줄 수)
    cells = article.select("div.highlight-ipynb > pre")
    assert cells, f"{rel(html_path)}: 코드 칸이 없습니다"
    for pre in cells:
        code = pre.decode_contents()
        assert pre.get("tabindex") == "0", f"{rel(html_path)}: tabindex 가 없는 코드 칸: {pre.get_text()[:60]!r}"
        assert pre.get("style") == f"--code-lines: {line_count(code)}", f"{rel(html_path)}: {pre.get('style')!r}: {pre.get_text()[:60]!r}"
        assert len(pre.get_text().rstrip("\n").split("\n")) == line_count(code)
        assert not pre.select("span.n, span.w"), f"{rel(html_path)}: 풀리지 않은 span {pre.select('span.n, span.w')[0]}"
    assert article.select("div.highlight-ipynb span.o"), f"{rel(html_path)}: 색이 있는 토큰(연산자)까지 풀렸습니다"
    assert {b.get("aria-label") for b in article.select("clipboard-copy")} == {"클립보드로 복사"}
    # 그림 출력은 base64 대신 가이드 페이지와 같은 PNG 파일을 크기·지연 로딩·한국어 설명과 함께 가리킵니다
    assert "data:image/png" not in text, f"{rel(html_path)}: base64 그림이 남았습니다 (docpages/nbrender.py 의 link_figures)"
    guide_imgs = {
        _resolve(SITE / "guide" / page.stem / "index.html", img["src"]): img
        for img in _soup(SITE / "guide" / page.stem / "index.html").select("article img[src$='.png']")
    }
    for img in article.select(".jp-RenderedImage img"):
        target = _resolve(html_path, img["src"])
        assert target in guide_imgs, f"{rel(html_path)}: 그림 {img['src']} 가 가이드 페이지의 그림이 아닙니다"
        want = guide_imgs[target]
        for attr in ("alt", "width", "height", "loading", "decoding"):
            assert img.get(attr) == want.get(attr), f"{rel(html_path)}: 그림 {img['src']} 의 {attr}={img.get(attr)!r} (가이드 페이지: {want.get(attr)!r})"


def test_notebook_stylesheet_is_trimmed():
    css = SITE / "assets" / "stylesheets" / "notebook.css"
    untrimmed = ROOT / "build" / "notebook.untrimmed.css"
    for f in (css, untrimmed):
        assert f.exists(), f"{rel(f)} 가 없습니다. 먼저 make build 를 실행하세요."
    small, full = css.read_text(encoding="utf-8"), untrimmed.read_text(encoding="utf-8")
    assert len(small) < len(full) / 10, f"{rel(css)} 가 {len(small)} 바이트입니다 (줄이기 전 {len(full)})"
    assert ".jupyter-wrapper :root" not in small and "--md-red-50:" not in small
    # 코드의 이름(n) span 을 풀어도 같은 모양이려면 주피터 CSS 에 .n 규칙이 없어야 합니다 (docpages/codeblocks.py)
    assert not re.search(r"\.highlight-ipynb \.n\b", full), "주피터 CSS 가 이름(.n) 토큰에 모양을 줍니다: PLAIN_CLASSES 에서 n 을 빼세요"
    # 다듬기용 CSS(대비를 맞춘 색, 화면 밖 코드 칸)는 줄이지 않고 끝에 그대로
    from docpages.nbrender import NOTEBOOK_CSS

    assert small.endswith(NOTEBOOK_CSS) and full.endswith(NOTEBOOK_CSS)


# ---------------------------------------------------------------- 4. 병렬 미리 변환 = mkdocs-jupyter 의 변환

PRERENDER = """
import json, sys
from docpages import nbrender
nbrender.prerender_worker([sys.argv[1]], json.loads(sys.argv[2]))
"""


def test_prerender_writes_the_cache_mkdocs_jupyter_would_write(tmp_path):
    """docpages/nbrender.py 가 빌드 중에 작업 프로세스에서 미리 쓰는 렌더 캐시가, mkdocs-jupyter 가 스스로 변환해
    쓰는 캐시와 파일 이름(키)과 내용이 같아야 합니다. 다르면 빌드는 캐시를 못 쓰거나(느려짐) 다른 페이지를 그립니다."""
    import subprocess
    import sys

    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from docpages.notebook import write_notebook

    page = guide_pages()[0]
    nb_path = tmp_path / "nb" / f"{page.stem}.ipynb"
    write_notebook(page_notebook(page, site_info()), nb_path)
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["mkdocs-jupyter"]

    # 빌드와 같은 작업 함수(jinja 바이트코드 공유 포함)를 새 프로세스에서 실행합니다.
    ours_dir, theirs_dir = tmp_path / "prerender", tmp_path / "mkdocs-jupyter"
    options = dict(plugin.config, cache_dir=str(ours_dir))
    env = dict(os.environ, NBCONVERT_DISABLE_CONFIG_EXPORTERS="1")
    subprocess.run([sys.executable, "-c", PRERENDER, str(nb_path), json.dumps(options)],
                   cwd=ROOT, env=env, check=True)
    ours = sorted(ours_dir.glob("*.json"))

    # mkdocs-jupyter 가 캐시 없이 페이지를 그리며 쓰는 캐시
    plugin.config["cache_dir"] = str(theirs_dir)
    plugin.on_pre_build(config)
    nb_file = File(nb_path.name, src_dir=str(nb_path.parent), dest_dir=str(tmp_path / "site"), use_directory_urls=True)
    files = plugin.on_files(Files([nb_file]), config)
    nb_page = Page(None, files.get_file_from_path(nb_path.name), config)
    plugin.on_pre_page(nb_page, config, files)
    nb_page.render(config, files)
    theirs = sorted(theirs_dir.glob("*.json"))

    assert [p.name for p in ours] == [p.name for p in theirs] and len(ours) == 1, (
        f"캐시 키가 다릅니다: 미리 변환 {[p.name for p in ours]}, mkdocs-jupyter {[p.name for p in theirs]}"
    )
    mine, want = json.loads(ours[0].read_text(encoding="utf-8")), json.loads(theirs[0].read_text(encoding="utf-8"))
    assert mine.keys() == want.keys() and mine["title"] == want["title"] and mine["toc_tokens"] == want["toc_tokens"]
    assert mine["content"] == want["content"], "미리 변환한 HTML 이 mkdocs-jupyter 의 HTML 과 다릅니다"
    assert nb_page.content == want["content"]


# ---------------------------------------------------------------- 5. CSS 줄이기 규칙 (docpages/csstrim.py)


def test_css_trim_keeps_only_rules_that_can_match():
    from docpages import csstrim

    names = csstrim.Tokens().add(
        '<div class="jupyter-wrapper"><div class="jp-Cell" data-x="1"><pre style="color: var(--used-inline)">'
        '<span class="k">x</span></pre><table></table></div></div>'
    )
    css = (
        ".jupyter-wrapper{--a: 1px;--b: var(--c);--c: red;--unused: 2px;--used-inline: blue;--by-other: 0}\n"
        ".jupyter-wrapper .jp-Cell{padding:var(--a);color:var(--b)}\n"  # 있는 클래스 → 그대로, --a, --b → --c 를 읽음
        ".jupyter-wrapper .jp-Missing{color:red}\n"  # 없는 클래스 → 빠짐
        ".jupyter-wrapper :root{--x: 1}\n"  # :root 앞에 조상 → 맞을 수 없음
        ".jupyter-wrapper .jp-Cell:hover,.jupyter-wrapper .nope{color:blue}\n"  # 하나라도 맞으면 규칙 전체를 그대로
        '.jupyter-wrapper .jp-Cell:not(.nope) .k::before{content:""}\n'  # :not( ) 안은 보지 않음
        "[data-md-color-scheme=slate] .jupyter-wrapper{color:white}\n"  # 있는 속성 이름(data-md-color-scheme 는 Material)
        "[data-y] .jp-Cell{color:green}\n"  # 없는 속성 → 빠짐
        ".md-typeset__scrollwrap table{margin:0}\n"  # Material 스크립트가 만드는 md- 클래스 → 남김
        "article .jp-Cell{margin:0}\n"  # 없는 태그 → 빠짐
        "@media print{.jp-Cell{color:black}.jp-Missing{color:red}}\n"
        "@media screen{.jp-Missing{color:red}}\n"
        "@keyframes spin{to{transform:rotate(1turn)}}@keyframes unused{to{opacity:0}}\n"
        ".jp-Cell{animation:spin 1s}\n"
    )
    names.attributes.add("data-md-color-scheme")
    out = csstrim.trim(css, names, [".md-typeset{margin:var(--by-other)}"])
    assert ".jupyter-wrapper{--a: 1px;--b: var(--c);--c: red;--used-inline: blue;--by-other: 0}" in out
    assert ".jupyter-wrapper .jp-Cell{padding:var(--a);color:var(--b)}" in out
    assert ".jupyter-wrapper .jp-Cell:hover,.jupyter-wrapper .nope{color:blue}" in out
    assert '.jupyter-wrapper .jp-Cell:not(.nope) .k::before{content:""}' in out
    assert "[data-md-color-scheme=slate] .jupyter-wrapper{color:white}" in out
    assert ".md-typeset__scrollwrap table{margin:0}" in out
    assert "@media print{.jp-Cell{color:black}}" in out
    assert "@keyframes spin" in out and ".jp-Cell{animation:spin 1s}" in out
    for gone in ("--unused", "jp-Missing", ":root", "[data-y]", "article", "@media screen", "unused{"):
        assert gone not in out, f"{gone!r} 가 남았습니다:\n{out}"


def test_link_figures_replaces_only_known_pngs():
    from docpages import nbrender

    known, unknown = "iVBORw0KGgoAAAA", "iVBORw0KGgoBBBB"
    content = (
        f'<div class="jp-RenderedImage"><img alt="No description has been provided for this image" class="" src="data:image/png;base64,{known}">'
        f'<img alt="No description has been provided for this image" class="" src="data:image/png;base64,{unknown}"></div>'
    )
    out = nbrender.link_figures(content, {known: nbrender.Figure("../../guide/06-vae/15_a.png", 700, 310, '숫자 "격자" <표>')})
    assert '<img alt="숫자 &quot;격자&quot; &lt;표&gt;" src="../../guide/06-vae/15_a.png" width="700" height="310" loading="lazy" decoding="async">' in out
    assert f"data:image/png;base64,{unknown}" in out and out.count("<img") == 2
