"""코드 블록의 HTML 을 가볍게 합니다 (긴 페이지의 모바일 성능). hooks/code_blocks.py(가이드 페이지)와 docpages/nbrender.py(노트북 페이지)가 씁니다.

이것이 없으면 가이드 페이지 요소의 4분의 3이 Pygments 가 토큰마다 만든 <span> 입니다. 그중 모양을 바꾸지 않는 두 종류는 span 없이
글자만 남깁니다.

- `<span class="n">이름</span>`: Material 의 이름 색 --md-code-hl-name-color 는 코드 기본 글자색
  var(--md-code-fg-color) 그대로입니다 (밝은·어두운 모드 모두). 노트북 페이지의 주피터 CSS 에는 .n 규칙이 없습니다 (코드 기본 글자색).
  보이는 것은 바뀌지 않습니다.
- `<span class="w"> </span>`: 공백 토큰. 글자가 없으므로 색이 있어도 보이는 것은 바뀌지 않습니다.

구두점(p)·연산자(o) span 도 풀면 요소가 약 1,150 개까지 줄지만 색(옅은 회색)이 바뀌므로 두었습니다 (측정한 점수 차이도
이 머신의 흔들림 안이었습니다). 가장 긴 가이드 페이지에서 요소가 2,549 → 1,965 개로 줄어, 모바일 CPU 로 페이지를 읽고
배치하는 시간이 그만큼 줄어듭니다 (Lighthouse 측정은 README 의 "페이지 성능"). tests/test_site.py 가 만든 사이트에서 이 span 들이 남지 않았는지,
Material CSS 의 이름 색이 여전히 코드 기본 글자색인지(바뀌면 이 풀기가 모양을 바꾸게 되므로 실패) 보고,
tests/test_rendered.py 가 코드 블록의 글자가 snippet 과 같은지 봅니다.

또 본문 코드 블록(<pre><code>)마다 tabindex="0" 을 붙입니다. mkdocs.yml 의 content.lazy 로 Material 은 코드 블록을
화면에 처음 보일 때 준비(복사 버튼, 가로 스크롤이 생기면 tabindex)하므로, 아직 보이지 않은 블록도 키보드로
가로 스크롤할 수 있게 미리 붙여 둡니다 (axe scrollable-region-focusable). 보이면 Material 이 스크롤이 없는 블록에서는 뗍니다.

끝으로 블록마다 줄 수를 style="--code-lines: N" 으로 적습니다. docs/stylesheets/extra.css 는 코드 블록에
content-visibility: auto 를 걸어, 화면 밖의 블록은 브라우저가 스타일 계산·배치를 건너뛰게 합니다 (가이드 페이지 요소의
3분의 2가 코드 블록 안에 있고, Material 의 스크립트는 페이지를 열 때 문서 전체의 스타일 계산을 몇 번 일으킵니다).
건너뛴 블록의 높이는 contain-intrinsic-block-size 로 "줄 수 × 줄 높이" 를 쓰는데, 코드는 줄을 바꾸지 않으므로 이 값이 실제
높이와 같습니다. 그래서 스크롤 막대와 목차 링크(#제목)로 가는 위치가 블록을 그리기 전후로 달라지지 않습니다
(tests/browser/check.mjs 가 실제 브라우저에서 제목 위치를 비교합니다).
"""

from __future__ import annotations

import re

# 하이라이트된 코드 블록 하나: <div class="language-… highlight">[<span class="filename">출력</span>]<pre><span></span><code>…</code>
CODE = re.compile(
    r'(<div class="language-[\w-]+ highlight">(?:<span class="filename">[^<]*</span>)?<pre>(?:<span></span>)?)<code>(.*?)</code>', re.S
)
# 모양이 없는 토큰: 이름(n), 공백(w). 안에 태그가 없는 span 만.
PLAIN_CLASSES = ("n", "w")
PLAIN_TOKEN = re.compile(r'<span class="(?:%s)">([^<]*)</span>' % "|".join(PLAIN_CLASSES))


def line_count(code: str) -> int:
    """Pygments 가 만든 코드 HTML 의 줄 수 (마지막 줄 끝의 줄바꿈은 줄을 늘리지 않습니다)."""
    return max(1, code.count("\n") + (0 if code.endswith("\n") else 1))


def unwrap_plain(code: str) -> str:
    """모양이 없는 Pygments span(이름·공백)을 풀어 글자만 남깁니다."""
    return PLAIN_TOKEN.sub(r"\1", code)


def lean(html: str) -> str:
    """가이드 페이지(Material)의 코드 블록: span 풀기, tabindex, 줄 수."""

    def one(m: re.Match) -> str:
        code = unwrap_plain(m.group(2))
        return f'{m.group(1)}<code tabindex="0" style="--code-lines: {line_count(code)}">{code}</code>'

    return CODE.sub(one, html)
