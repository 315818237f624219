"""만들어진 HTML(site/)을 독자처럼 읽습니다.

실행되는 페이지마다 HTML 에서 코드 블록, 출력 블록, 그림(<img>)을 순서대로 꺼내, 문서 테스트가 실행하고 비교한 snippet,
.out 파일, 그림 파일과 글자·바이트 하나까지 같은지 확인합니다. 모든 python 블록 바로 뒤에는 (출력이 있다면) 출력 블록이,
그다음 그 블록이 그린 그림이 옵니다. 그림에는 한국어 설명(alt)과 크기(width/height), 지연 로딩이 있어야 하고,
본문의 모든 그림은 코드가 그린 그림이어야 합니다 (손으로 만든 그림은 검사되지 않으므로).
그래서 독자가 HTML 에서 복사하는 코드는 문서 테스트가 실행한 바로 그 코드이고, 보이는 출력은 확인된 출력입니다
(HTML 의 블록을 다시 실행할 필요가 없습니다: 같은 글자를 같은 규칙으로 이미 실행했습니다).

site/ 는 `make test` 가 먼저 `mkdocs build --strict` 로 만듭니다.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup

from docpages.figures import expected_figures
from docpages.pages import DOCS, ROOT, read_blocks, rel, runnable_pages

SITE = ROOT / "site"


def built_html(page) -> Path:
    """docs/guide/01-layer.md → site/guide/01-layer/index.html, docs/index.md → site/index.html"""
    stem = page.relative_to(DOCS).with_suffix("")
    return SITE / (stem.parent if stem.name == "index" else stem) / "index.html"


def rendered_blocks(page) -> list[tuple[str, str]]:
    """본문의 (종류, 내용) 차례: ("python"|"text", 블록의 글자) 또는 ("img", 그림 파일의 사이트 안 경로)."""
    html_path = built_html(page)
    if not html_path.exists():
        pytest.fail(f"{rel(html_path)} 가 없습니다. 먼저 make build 를 실행하세요 (make test 는 자동으로 합니다).", pytrace=False)
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    found = []
    for el in soup.select("article div.highlight, article img"):
        if el.name == "img":
            where = rel(html_path)
            src = unquote(el.get("src", ""))
            alt = el.get("alt", "")
            assert re.search("[가-힣]", alt), f"{where}: 그림 {src} 에 한국어 설명(alt)이 없습니다"
            for attr in ("width", "height"):
                assert el.get(attr, "").isdigit(), f"{where}: 그림 {src} 에 {attr} 가 없습니다 (hooks/figures.py)"
            assert el.get("loading") == "lazy", f"{where}: 그림 {src} 가 지연 로딩(loading=lazy)이 아닙니다"
            found.append(("img", Path(posixpath.normpath(str(html_path.parent / src)))))
            continue
        lang = next((c[len("language-"):] for c in el.get("class", []) if c.startswith("language-")), "")
        found.append((lang, el.find("code").get_text()))
    return found


@pytest.mark.parametrize("page", runnable_pages(), ids=lambda p: p.stem)
def test_html_shows_tested_code_outputs_and_figures(page):
    blocks = read_blocks(page)
    want = []
    for b in blocks:
        want.append(("python", b.code))
        if b.expected is not None:
            want.append(("text", b.expected))
        want += [("img", png) for png in expected_figures(b)]
    got = rendered_blocks(page)
    kinds = lambda items: [k for k, _ in items]  # noqa: E731
    assert kinds(got) == kinds(want), f"{rel(page)}: HTML 의 블록·그림 종류/순서가 페이지와 다릅니다:\n  HTML {kinds(got)}\n  기대 {kinds(want)}"
    for (kind, item), (_, expected), n in zip(got, want, range(1, len(want) + 1)):
        if kind == "img":
            assert item.exists() and item.read_bytes() == expected.read_bytes(), (
                f"{rel(page)}: HTML 의 {n}번째 항목(그림 {rel(item)})이 {rel(expected)} 와 다릅니다"
            )
        else:
            assert item.rstrip("\n") == expected.rstrip("\n"), f"{rel(page)}: HTML 의 {n}번째 블록({kind})이 snippet 파일과 다릅니다"
