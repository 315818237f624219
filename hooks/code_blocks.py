"""mkdocs 훅: 코드 블록의 HTML 을 가볍게 합니다 (긴 가이드 페이지의 모바일 성능).

가이드 페이지 요소의 4분의 3이 Pygments 가 토큰마다 만든 <span> 입니다. 그중 모양을 바꾸지 않는 두 종류는 span 없이
글자만 남깁니다.

- `<span class="n">이름</span>`: Material 의 이름 색 --md-code-hl-name-color 는 코드 기본 글자색
  var(--md-code-fg-color) 그대로입니다 (밝은·어두운 모드 모두). 보이는 것은 바뀌지 않습니다.
- `<span class="w"> </span>`: 공백 토큰. 어떤 규칙도 모양을 주지 않습니다. 보이는 것은 바뀌지 않습니다.

구두점(p)·연산자(o) span 도 풀면 요소가 약 1,150 개까지 줄지만 색(옅은 회색)이 바뀌므로 두었습니다 (측정한 점수 차이도
이 머신의 흔들림 안이었습니다). 가장 긴 가이드 페이지에서 요소가 2,549 → 1,965 개로 줄어, 모바일 CPU 로 페이지를 읽고
배치하는 시간이 그만큼 줄어듭니다 (Lighthouse 측정은 README 의 "페이지 성능"). tests/test_site.py 가 만든 사이트에서 이 span 들이 남지 않았는지,
Material CSS 의 이름 색이 여전히 코드 기본 글자색인지(바뀌면 이 훅이 모양을 바꾸게 되므로 실패) 보고,
tests/test_rendered.py 가 코드 블록의 글자가 snippet 과 같은지 봅니다.

또 본문 코드 블록(<pre><code>)마다 tabindex="0" 을 붙입니다. mkdocs.yml 의 content.lazy 로 Material 은 코드 블록을
화면에 처음 보일 때 준비(복사 버튼, 가로 스크롤이 생기면 tabindex)하므로, 아직 보이지 않은 블록도 키보드로
가로 스크롤할 수 있게 미리 붙여 둡니다 (axe scrollable-region-focusable). 보이면 Material 이 스크롤이 없는 블록에서는 뗍니다.
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


def lean(html: str) -> str:
    def one(m: re.Match) -> str:
        code = PLAIN_TOKEN.sub(r"\1", m.group(2))
        return f'{m.group(1)}<code tabindex="0">{code}</code>'

    return CODE.sub(one, html)


def on_page_content(html, page, config, files):
    return lean(html)
