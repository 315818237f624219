"""만든 사이트의 정적 검사 (브라우저 없이, 빠름): 개인정보(제3자 자원 없음), lang/description, 테마 덮어쓰기.

브라우저에서 실제로 요청·콘솔·접근성·점수를 보는 검사는 tests/test_browser.py 입니다.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests import linkcheck

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
OVERRIDES = ROOT / "overrides"
GENERATED_HEADER = "{#-\n  This file was automatically generated - do not edit\n-#}\n"

# 덮어쓴 Material 템플릿과 원본의 차이 (이 한 곳만 달라야 합니다; Material 을 올린 뒤 원본이 바뀌면 실패합니다)
OVERRIDE_CHANGES = {
    "partials/search.html": (
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
    ),
    "partials/source.html": (
        'class="md-source" data-md-component="source">',
        'class="md-source">',
    ),
}


def material_templates() -> Path:
    import material

    return Path(material.__file__).parent / "templates"


@pytest.mark.parametrize("name", sorted(OVERRIDE_CHANGES))
def test_override_matches_material_except_one_change(name):
    original = (material_templates() / name).read_text(encoding="utf-8")
    ours = (OVERRIDES / name).read_text(encoding="utf-8")
    old, new = OVERRIDE_CHANGES[name]
    assert original.startswith(GENERATED_HEADER), f"Material 의 {name} 모양이 바뀌었습니다. overrides/{name} 를 다시 만드세요."
    assert original.count(old) == 1, f"Material 의 {name} 에 '{old}' 가 없습니다. overrides/{name} 를 새 원본으로 다시 만드세요."
    expected_body = original[len(GENERATED_HEADER) :].replace(old, new)
    body = ours.split("-#}\n", 1)[1]
    assert body == expected_body, (
        f"overrides/{name} 가 Material 원본과 한 곳('{new}')보다 많이 다릅니다. "
        "Material 을 올렸다면 원본을 복사해 그 한 곳만 다시 고치세요."
    )


def _site_pages() -> list[Path]:
    if not (SITE / "index.html").is_file():
        pytest.fail("site/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요 (make test 는 알아서 만듭니다).", pytrace=False)
    return sorted(SITE.rglob("*.html"))


def _is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return not parts.scheme and not parts.netloc or parts.scheme in ("data", "blob")


def test_every_page_is_korean_described_and_private():
    """모든 페이지: lang="ko", meta description, 제3자 자원(글꼴·스크립트·스타일·이미지·preconnect) 없음."""
    site_url, _ = linkcheck.read_mkdocs_urls()
    problems = []
    for html_file in _site_pages():
        page = html_file.relative_to(SITE).as_posix()
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        if soup.html.get("lang") != "ko":
            problems.append(f"{page}: <html lang=\"{soup.html.get('lang')}\"> (ko 여야 함)")
        desc = soup.find("meta", attrs={"name": "description"})
        if not desc or len(desc.get("content", "").strip()) < 20:
            problems.append(f"{page}: meta description 이 없거나 너무 짧습니다")
        for tag in soup.find_all(["script", "img", "iframe", "source", "audio", "video", "embed"], src=True):
            if not _is_local(tag["src"]):
                problems.append(f"{page}: 제3자 자원 <{tag.name} src=\"{tag['src']}\">")
        for tag in soup.find_all("link", href=True):
            rel = set(tag.get("rel", []))
            if rel & {"canonical", "alternate"} and tag["href"].startswith(site_url):
                continue  # 자기 주소: 브라우저가 가져오지 않습니다
            if not _is_local(tag["href"]):
                problems.append(f"{page}: 제3자 자원 <link rel=\"{' '.join(rel)}\" href=\"{tag['href']}\">")
        if soup.find(attrs={"data-md-component": "source"}):
            problems.append(f"{page}: data-md-component=\"source\" 가 있습니다 (방문자 브라우저가 api.github.com 에 요청합니다)")
        dialog = soup.find(attrs={"role": "dialog"})
        if dialog is not None and not dialog.get("aria-label"):
            problems.append(f"{page}: 이름 없는 대화 상자 (role=dialog, aria-label 없음)")
    assert not problems, "\n".join(problems)


def test_material_assets_patched():
    """hooks/material_assets.py (docpages/material.py): 페이지마다 문서 전체 스타일을 다시 계산하게 하는 것이 만든 사이트에 없어야 합니다:
    palette CSS 의 data-md-color-switching 규칙, bundle JS 가 color-scheme meta 를 문서에 넣는 코드와 표를 감싸는 코드.
    표 감싸기는 빌드가 대신하므로, 모든 페이지의 class 없는 표가 Material 스크립트가 만들던 감싸개 안에 꼭 한 번 있어야 합니다."""
    from docpages import material

    pages = _site_pages()
    css = sorted((SITE / "assets" / "stylesheets").glob("palette.*.min.css"))
    assert css, "site/assets/stylesheets/palette.*.min.css 가 없습니다"
    for f in css:
        assert "[data-md-color-switching] *" not in f.read_text(encoding="utf-8"), f"{f.name}: hooks/material_assets.py 가 적용되지 않았습니다"
    js = sorted((SITE / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert js, "site/assets/javascripts/bundle.*.min.js 가 없습니다"
    for f in js:
        text = f.read_text(encoding="utf-8")
        for old, new in ((material.COLOR_SCHEME_META, material.COLOR_SCHEME_META_DETACHED), (material.WRAP_TABLE, material.WRAP_TABLE_NOOP)):
            assert old not in text and text.count(new) == 1, f"{f.name}: hooks/material_assets.py 가 {old[:40]!r} 를 고치지 않았습니다"
    # color-scheme meta 가 하던 일은 extra.css 가 합니다
    extra = (ROOT / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert ':root:has(> body[data-md-color-scheme="slate"])' in extra
    tables = 0
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for table in soup.select(".md-content table:not([class])"):
            tables += 1
            wrap = table.parent
            assert wrap.get("class") == ["md-typeset__table"] and wrap.parent.get("class") == ["md-typeset__scrollwrap"], (
                f"{page.relative_to(SITE)}: 감싸지 않은 표 {table.get_text()[:60]!r}"
            )
            assert not wrap.parent.find_parent(class_="md-typeset__table"), f"{page.relative_to(SITE)}: 두 번 감싼 표"
    assert tables, "표가 있는 페이지가 없습니다 (이 검사가 아무것도 보지 않았습니다)"


def test_code_blocks_are_lean_and_keyboard_scrollable():
    """docpages/codeblocks.py (hooks/code_blocks.py): 가이드 페이지의 코드 블록에 모양 없는 Pygments span(이름 n, 공백 w)이 남지 않고,
    본문 코드 블록마다 tabindex="0" 이 있어야 합니다 (content.lazy 로 아직 준비되지 않은 블록도 키보드로 스크롤).
    또 블록마다 --code-lines 가 블록의 실제 줄 수와 같아야 합니다 (extra.css 가 그리지 않은 블록의 높이로 씁니다;
    실제 브라우저에서 높이가 맞는지는 tests/browser/check.mjs)."""
    pages = [p for p in _site_pages() if p.parent.parent.name == "guide"]
    assert pages, "site/guide/*/index.html 이 없습니다"
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        blocks = soup.select(".md-content div.highlight > pre > code")
        assert blocks, f"{page.relative_to(SITE)}: 코드 블록이 없습니다"
        for code in blocks:
            assert code.get("tabindex") == "0", f"{page.relative_to(SITE)}: tabindex 가 없는 코드 블록: {code.get_text()[:60]!r}"
            text = code.get_text()
            lines = len(text.rstrip("\n").split("\n"))
            assert code.get("style") == f"--code-lines: {lines}", (
                f"{page.relative_to(SITE)}: 줄 {lines}개인 코드 블록의 style 이 {code.get('style')!r}: {text[:60]!r}"
            )
            left = code.select("span.n, span.w")
            assert not left, f"{page.relative_to(SITE)}: 풀리지 않은 span {left[0]}"
        assert soup.select(".md-content div.highlight span.o"), f"{page.relative_to(SITE)}: 색이 있는 토큰(연산자)까지 풀렸습니다"


def test_material_draws_names_in_the_plain_code_colour():
    """docpages/codeblocks.py 가 이름(n) span 을 풀어도 모양이 같으려면 Material 의 이름 색이 코드 기본 글자색이어야 합니다.
    Material 을 올려 이 색이 바뀌면 이 테스트가 실패합니다: 그때는 docpages/codeblocks.py 의 PLAIN_CLASSES 에서 "n" 을 빼세요."""
    _site_pages()
    css_files = sorted((SITE / "assets" / "stylesheets").glob("*.min.css"))
    names = [m for f in css_files for m in re.findall(r"--md-code-hl-name-color:([^;}]+)", f.read_text(encoding="utf-8"))]
    assert names, "Material CSS 에서 --md-code-hl-name-color 를 찾지 못했습니다"
    assert set(names) == {"var(--md-code-fg-color)"}, f"이름 색이 코드 기본 글자색이 아닙니다: {names}"
    extra = (ROOT / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert "--md-code-hl-name-color" not in extra and ".highlight .n" not in extra


def test_stylesheet_has_korean_typography():
    css = (ROOT / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert re.search(r"word-break:\s*keep-all", css)
    for font in ("Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR"):
        assert f'"{font}"' in css, f"글꼴 목록에 {font} 가 없습니다"
    assert "@import" not in css and "url(" not in css, "extra.css 는 외부 글꼴·이미지를 불러오지 않습니다"
