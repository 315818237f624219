"""Material 이 만든 자산(CSS·JS)의 작은 고침: 페이지를 열 때마다 생기는 문서 전체 스타일 재계산 네 번을 없앱니다.

hooks/fast_palette.py (mkdocs 이벤트)가 빌드 끝에 site/ 의 파일에 적용합니다. 둘 다 Material 의 색 구성(palette) 스크립트가
색을 바꾸지 않는 페이지 열기에서도 하는 일이고, 가장 긴 가이드 페이지(요소 약 2,000개)에서 한 번에 메인 스레드 CPU 수십 ms,
Lighthouse 모바일(CPU 4배 느림)로 그 네 배의 차단 시간입니다.

1. CSS (palette.*.min.css): 스크립트는 페이지를 열 때마다 <body> 에 data-md-color-switching 을 붙였다 뗍니다. 규칙
   `[data-md-color-switching] *, … :after, … :before { transition-duration: 0s }` 때문에 그때마다 모든 요소의 스타일을 다시
   계산합니다. 이 규칙은 색 구성 버튼을 누를 때 색 전환 애니메이션(0.125–0.25초)을 끄는 것뿐이므로 뺍니다.
2. JS (bundle.*.min.js): 스크립트는 페이지를 열 때마다 <meta name="color-scheme"> 을 새로 만들어 <head> 에 넣고 내용을
   머리글의 color-scheme(light/dark)으로 씁니다. 브라우저는 페이지의 색 구성이 바뀐 것으로 보고(PlatformColorChange) 두 번
   문서 전체를 다시 계산합니다. 이 meta 가 하는 일(문서 뿌리 <html> 의 색 구성 = 고른 색 구성: 창 스크롤 막대, 캔버스)은
   docs/stylesheets/extra.css 의 `:root:has(> body[data-md-color-scheme=…]) { color-scheme: … }` 가 CSS 로 하므로, meta 를
   문서에 넣지 않습니다 (만들고 내용을 쓰는 것은 그대로, 문서 밖에서). 같은 길이의 공백으로 바꿔 소스 맵의 위치가 그대로입니다.
   theme-color meta(모바일 브라우저 주소 창의 색)는 재계산을 일으키지 않으므로 그대로 둡니다.

Material 이 이 규칙·코드를 바꾸면 patch_*() 가 None 을 돌려주고 훅이 경고해 빌드가(strict) 멈춥니다. 그때 새 코드를 보고
RULE·COLOR_SCHEME_META 를 고치거나 이 고침을 빼세요. tests/test_site.py 가 만든 사이트에 고침이 적용됐는지,
tests/browser/check.mjs 가 실제 브라우저에서 <html> 의 색 구성이 머리글의 것(= Material 의 meta 가 쓰던 값)과 같은지 봅니다.
"""

from __future__ import annotations

RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)
COLOR_SCHEME_META = 'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);'
APPEND = "document.head.appendChild(o);"
COLOR_SCHEME_META_DETACHED = COLOR_SCHEME_META.replace(APPEND, " " * len(APPEND))


def patch_palette_css(text: str) -> str | None:
    """palette.*.min.css 에서 RULE 을 뺀 것. 규칙이 없으면 None."""
    return text.replace(RULE, "") if RULE in text else None


def patch_bundle_js(text: str) -> str | None:
    """bundle.*.min.js 에서 color-scheme meta 를 문서에 넣지 않게 한 것 (길이는 같음). 코드가 없으면 None."""
    if text.count(COLOR_SCHEME_META) != 1:
        return None
    return text.replace(COLOR_SCHEME_META, COLOR_SCHEME_META_DETACHED)
