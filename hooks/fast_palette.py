"""mkdocs 훅: 페이지를 열 때마다 생기는 문서 전체의 스타일 재계산 두 번을 없앱니다.

Material 의 팔레트 스크립트는 페이지를 열 때마다 (색을 바꾸지 않아도) <body> 에 data-md-color-switching 을
붙였다 뗍니다. palette.css 의 규칙 `[data-md-color-switching] *, ... :after, ... :before { transition-duration: 0s }`
때문에 그때마다 브라우저가 모든 요소의 스타일을 다시 계산합니다. 가장 긴 가이드 페이지(요소 약 2,500개)에서
이 두 번이 메인 스레드 CPU 약 45 ms, Lighthouse 모바일(CPU 4배 느림)로 약 180 ms 의 차단 시간입니다.

이 규칙은 사용자가 색 구성 버튼을 누를 때 색 전환 애니메이션(0.125–0.25초)을 끄는 것뿐이므로, 만든 사이트의
palette.*.min.css 에서 이 규칙 하나만 뺍니다. Material 이 이 규칙을 바꾸면 빌드가 (strict) 경고로 멈추니,
그때 새 규칙을 보고 RULE 을 고치거나 이 훅을 빼세요. tests/test_site.py 가 만든 사이트에서 규칙이 빠졌는지 확인합니다.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.fast_palette")

RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)


def on_post_build(config, **kwargs):
    css_files = sorted((Path(config["site_dir"]) / "assets" / "stylesheets").glob("palette.*.min.css"))
    if not css_files:
        return  # 팔레트가 없는 설정
    for css in css_files:
        text = css.read_text(encoding="utf-8")
        if RULE not in text:
            log.warning(
                "%s 에 data-md-color-switching 규칙이 예상한 모양으로 없습니다 (Material 이 바뀌었을 수 있습니다). "
                "hooks/fast_palette.py 의 RULE 을 확인하세요.",
                css.name,
            )
            continue
        css.write_text(text.replace(RULE, ""), encoding="utf-8")
