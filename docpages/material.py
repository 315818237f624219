"""Material 이 만든 자산(CSS·JS)과 페이지의 작은 고침: 페이지를 열 때마다 Material 스크립트가 일으키는 문서 전체 스타일 재계산을 없앱니다.

hooks/material_assets.py (mkdocs 이벤트)가 페이지 HTML 에(3) 그리고 빌드 끝에 site/ 의 파일에(1–3) 적용합니다. 모두 Material 의
스크립트가 페이지를 열 때마다 하는 일이고, 한 번에 문서 전체(가장 긴 가이드 페이지에서 요소 약 2,500개)의 스타일을 다시 계산해
메인 스레드 CPU 수십 ms, Lighthouse 모바일(CPU 4배 느림)로 그 네 배의 차단 시간입니다.

1. CSS (palette.*.min.css): 스크립트는 페이지를 열 때마다 <body> 에 data-md-color-switching 을 붙였다 뗍니다. 규칙
   `[data-md-color-switching] *, … :after, … :before { transition-duration: 0s }` 때문에 그때마다 모든 요소의 스타일을 다시
   계산합니다. 이 규칙은 색 구성 버튼을 누를 때 색 전환 애니메이션(0.125–0.25초)을 끄는 것뿐이므로 뺍니다.
2. JS (bundle.*.min.js): 스크립트는 페이지를 열 때마다 <meta name="color-scheme"> 을 새로 만들어 <head> 에 넣고 내용을
   머리글의 color-scheme(light/dark)으로 씁니다. 브라우저는 페이지의 색 구성이 바뀐 것으로 보고(PlatformColorChange) 두 번
   문서 전체를 다시 계산합니다. 이 meta 가 하는 일(문서 뿌리 <html> 의 색 구성 = 고른 색 구성: 창 스크롤 막대, 캔버스)은
   docs/stylesheets/extra.css 의 `:root:has(> body[data-md-color-scheme=…]) { color-scheme: … }` 가 CSS 로 하므로, meta 를
   문서에 넣지 않습니다 (만들고 내용을 쓰는 것은 그대로, 문서 밖에서). 같은 길이의 공백으로 바꿔 소스 맵의 위치가 그대로입니다.
   theme-color meta(모바일 브라우저 주소 창의 색)는 재계산을 일으키지 않으므로 그대로 둡니다.
3. 표: 스크립트는 본문의 `table:not([class])` 마다 표를 `<div class="md-typeset__scrollwrap"><div class="md-typeset__table">`
   으로 감쌉니다 (좁은 화면에서 표만 가로로 스크롤). 표를 옮기면 본문(article)의 형제 관계가 바뀌어 Material CSS 의 형제·순서 규칙
   (`~`, `:nth-child` …) 때문에 본문 전체의 스타일을 다시 계산합니다 (표가 있는 6장에서 Lighthouse 차단 시간 중앙값이 약 3분의 1로).
   그래서 빌드가 같은 모양으로 미리 감싸고(wrap_tables), 스크립트의 감싸기 함수는 아무것도 하지 않게 같은 길이의 코드로 바꿉니다.
   미리 감싼 모양은 스크립트가 만들던 것과 같으므로 스크립트 전후로 화면이 움직이지도 않습니다.

Material 이 이 규칙·코드를 바꾸면 patch_*() 가 None 을 돌려주고 훅이 경고해 빌드가(strict) 멈춥니다. 그때 새 코드를 보고
RULE·COLOR_SCHEME_META·WRAP_TABLE 을 고치거나 이 고침을 빼세요. tests/test_site.py 가 만든 사이트에 고침이 적용됐는지(모든 표가
감싸졌는지), tests/browser/check.mjs 가 실제 브라우저에서 <html> 의 색 구성이 머리글의 것(= Material 의 meta 가 쓰던 값)과 같은지,
스크립트가 돈 뒤에도 표마다 감싸개가 하나씩인지 봅니다.
"""

from __future__ import annotations

import re

RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)
COLOR_SCHEME_META = 'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);'
APPEND = "document.head.appendChild(o);"
COLOR_SCHEME_META_DETACHED = COLOR_SCHEME_META.replace(APPEND, " " * len(APPEND))


# Material 의 표 감싸기 (bundle.*.min.js): 표를 빈 표로 바꿨다가 감싸개(Un)에 넣어 제자리에 둡니다.
WRAP_TABLE = "function ti(e){return e.replaceWith(ei),ei.replaceWith(Un(e)),$({ref:e})}"
WRAP_TABLE_NOOP = "function ti(e){return $({ref:e})}".ljust(len(WRAP_TABLE))
# 스크립트가 감싸는 표: class 속성이 없는 <table> (Material 의 선택자 table:not([class]))
BARE_TABLE = re.compile(r"<table(?![^>]*\sclass=)(?:\s[^>]*)?>.*?</table>", re.S)
TABLE_WRAPPER = ('<div class="md-typeset__scrollwrap"><div class="md-typeset__table">', "</div></div>")


def wrap_tables(html: str) -> str:
    """페이지 본문의 class 없는 표를 Material 스크립트가 감싸던 모양 그대로 미리 감쌉니다 (표 안에 표는 없습니다)."""
    return BARE_TABLE.sub(lambda m: TABLE_WRAPPER[0] + m.group(0) + TABLE_WRAPPER[1], html)


def patch_palette_css(text: str) -> str | None:
    """palette.*.min.css 에서 RULE 을 뺀 것. 규칙이 없으면 None."""
    return text.replace(RULE, "") if RULE in text else None


def patch_bundle_js(text: str) -> tuple[str, list[str]]:
    """bundle.*.min.js 에서 color-scheme meta 를 문서에 넣지 않고 표를 감싸지 않게 한 것 (길이는 같아 소스 맵이 그대로),
    그리고 찾지 못한 고칠 곳의 이름들."""
    missing = []
    for name, old, new in (("color-scheme meta 를 넣는 코드", COLOR_SCHEME_META, COLOR_SCHEME_META_DETACHED),
                           ("표를 감싸는 코드", WRAP_TABLE, WRAP_TABLE_NOOP)):
        if text.count(old) == 1:
            text = text.replace(old, new)
        else:
            missing.append(name)
    return text, missing
