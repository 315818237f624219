"""mkdocs 훅: 페이지를 열 때마다 Material 의 색 구성 스크립트가 일으키는 문서 전체 스타일 재계산 네 번을 없앱니다.

무엇을 왜 고치는지는 docpages/material.py 에 있습니다: palette.*.min.css 의 규칙 하나를 빼고, bundle.*.min.js 가
<meta name="color-scheme"> 을 문서에 넣지 않게 합니다 (그 일은 docs/stylesheets/extra.css 가 CSS 로 합니다).
Material 이 바뀌어 고칠 곳이 없으면 경고하고, 빌드가 (strict) 멈춥니다.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages import material  # noqa: E402

log = logging.getLogger("mkdocs.hooks.fast_palette")


def _patch(files: list[Path], patch, what: str) -> None:
    for path in files:
        fixed = patch(path.read_text(encoding="utf-8"))
        if fixed is None:
            log.warning("%s 에 %s 이 예상한 모양으로 없습니다 (Material 이 바뀌었을 수 있습니다). docpages/material.py 를 확인하세요.", path.name, what)
            continue
        path.write_text(fixed, encoding="utf-8")


def on_post_build(config, **kwargs):
    assets = Path(config["site_dir"]) / "assets"
    palettes = sorted((assets / "stylesheets").glob("palette.*.min.css"))
    if not palettes:
        return  # 팔레트가 없는 설정
    _patch(palettes, material.patch_palette_css, "data-md-color-switching 규칙")
    _patch(sorted((assets / "javascripts").glob("bundle.*.min.js")), material.patch_bundle_js, "color-scheme meta 를 넣는 코드")
