"""mkdocs 훅: 페이지를 열 때마다 Material 스크립트가 일으키는 문서 전체 스타일 재계산을 없앱니다.

무엇을 왜 고치는지는 docpages/material.py 에 있습니다: 페이지의 표를 Material 스크립트가 감싸던 모양으로 미리 감싸고(on_page_content),
빌드 끝에 palette.*.min.css 의 규칙 하나를 빼고 bundle.*.min.js 가 <meta name="color-scheme"> 을 문서에 넣지 않고 표를 감싸지
않게 합니다(on_post_build). Material 이 바뀌어 고칠 곳이 없으면 경고하고, 빌드가 (strict) 멈춥니다.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages import material  # noqa: E402

log = logging.getLogger("mkdocs.hooks.material_assets")
CHECK = "Material 이 바뀌었을 수 있습니다. docpages/material.py 를 확인하세요."


def on_page_content(html, page, config, files):
    return material.wrap_tables(html)


def on_post_build(config, **kwargs):
    assets = Path(config["site_dir"]) / "assets"
    palettes = sorted((assets / "stylesheets").glob("palette.*.min.css"))
    if not palettes:
        return  # 팔레트가 없는 설정
    for css in palettes:
        fixed = material.patch_palette_css(css.read_text(encoding="utf-8"))
        if fixed is None:
            log.warning("%s 에 data-md-color-switching 규칙이 예상한 모양으로 없습니다. %s", css.name, CHECK)
        else:
            css.write_text(fixed, encoding="utf-8")
    for js in sorted((assets / "javascripts").glob("bundle.*.min.js")):
        fixed, missing = material.patch_bundle_js(js.read_text(encoding="utf-8"))
        for what in missing:
            log.warning("%s 에 %s 가 예상한 모양으로 없습니다. %s", js.name, what, CHECK)
        js.write_text(fixed, encoding="utf-8")
