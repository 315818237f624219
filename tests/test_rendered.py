"""만들어진 HTML(site/)을 독자처럼 읽습니다.

실행되는 페이지마다 HTML 에서 코드 블록과 출력 블록을 순서대로 꺼내, 문서 테스트가 실행하고 비교한 snippet 과
.out 파일과 글자 하나까지 같은지 확인합니다. 모든 python 블록 바로 뒤에는(출력이 있다면) 출력 블록이 옵니다.
그래서 독자가 HTML 에서 복사하는 코드는 문서 테스트가 실행한 바로 그 코드이고, 보이는 출력은 확인된 출력입니다
(HTML 의 블록을 다시 실행할 필요가 없습니다: 같은 글자를 같은 규칙으로 이미 실행했습니다).

site/ 는 `make test` 가 먼저 `mkdocs build --strict` 로 만듭니다.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from docpages.pages import DOCS, ROOT, read_blocks, rel, runnable_pages

SITE = ROOT / "site"


def built_html(page) -> Path:
    """docs/guide/01-layer.md → site/guide/01-layer/index.html, docs/index.md → site/index.html"""
    stem = page.relative_to(DOCS).with_suffix("")
    return SITE / (stem.parent if stem.name == "index" else stem) / "index.html"


def rendered_blocks(page) -> list[tuple[str, str]]:
    html_path = built_html(page)
    if not html_path.exists():
        pytest.fail(f"{rel(html_path)} 가 없습니다. 먼저 make build 를 실행하세요 (make test 는 자동으로 합니다).", pytrace=False)
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    found = []
    for div in soup.select("article div.highlight"):
        lang = next((c[len("language-"):] for c in div.get("class", []) if c.startswith("language-")), "")
        code = div.find("code")
        found.append((lang, code.get_text()))
    return found


@pytest.mark.parametrize("page", runnable_pages(), ids=lambda p: p.stem)
def test_html_shows_tested_code_and_outputs(page):
    blocks = read_blocks(page)
    want = []
    for b in blocks:
        want.append(("python", b.code))
        if b.expected is not None:
            want.append(("text", b.expected))
    got = rendered_blocks(page)
    assert [lang for lang, _ in got] == [lang for lang, _ in want], f"{rel(page)}: HTML 의 블록 종류/순서가 페이지와 다릅니다"
    for (lang, text), (_, expected), n in zip(got, want, range(1, len(want) + 1)):
        assert text.rstrip("\n") == expected.rstrip("\n"), f"{rel(page)}: HTML 의 {n}번째 블록({lang})이 snippet 파일과 다릅니다"
