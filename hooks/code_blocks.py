"""mkdocs 훅: 코드 블록의 HTML 을 가볍게 합니다 (긴 가이드 페이지의 모바일 성능).

모양이 없는 Pygments span(이름·공백)을 풀고, 키보드 스크롤용 tabindex 와 화면 밖 블록의 자리 높이에 쓰는 줄 수(--code-lines)를
답니다. 무엇을 왜 하는지는 docpages/codeblocks.py 에 있습니다 (노트북 페이지의 코드 칸도 같은 함수로 다듬습니다).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages.codeblocks import lean  # noqa: E402


def on_page_content(html, page, config, files):
    return lean(html)
