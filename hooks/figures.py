"""mkdocs 훅: snippets/ 의 그림(블록이 그린 PNG, docpages/figures.py)을 사이트에 넣고, 페이지의 <img> 를 다듬습니다.

- 페이지 docs/guide/06-vae.md 의 그림 snippets/06-vae/KK_name.png 는 사이트의 guide/06-vae/KK_name.png 가 됩니다.
  그래서 페이지에서는 include 와 같은 꼴의 상대 경로로 씁니다:  ![한국어 설명](06-vae/KK_name.png)
  (mkdocs 가 이 경로를 파일 목록에서 찾으므로 --strict 빌드가 없는 그림을 잡습니다.)
- 그림 <img> 에 PNG 의 width/height(내려받기 전에 자리를 잡아 화면이 튀지 않게)와 loading="lazy", decoding="async" 를 답니다.
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.structure.files import File

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages.figures import png_size  # noqa: E402
from docpages.pages import SNIPPETS  # noqa: E402

IMG = re.compile(r"<img\b([^>]*?)\s*/?>")
SRC = re.compile(r'\ssrc="([^"]+)"')
_sizes: dict[str, tuple[int, int]] = {}  # 사이트 안 경로 → (너비, 높이)


def on_files(files, config):
    _sizes.clear()
    for page in list(files.documentation_pages()):
        stem = posixpath.splitext(page.src_uri)[0]
        folder = SNIPPETS / posixpath.basename(stem)
        for png in sorted(folder.glob("*.png")) if folder.is_dir() else []:
            uri = f"{stem}/{png.name}"
            files.append(File.generated(config, uri, abs_src_path=str(png)))
            _sizes[uri] = png_size(png)
    return files


def on_page_content(html_content, page, config, files):
    url = page.file.url  # 그림의 src 는 이 주소에 상대적입니다 (guide/06-vae/ 또는 guide/06-vae.html)
    base = url if url.endswith("/") or not url else posixpath.dirname(url)

    def fix(m: re.Match) -> str:
        attrs = m.group(1)
        src = SRC.search(attrs)
        if not src:
            return m.group(0)
        target = posixpath.normpath(posixpath.join(base, html.unescape(src.group(1))))
        size = _sizes.get(target)
        if size is None or " width=" in attrs:
            return m.group(0)
        return f'<img{attrs} width="{size[0]}" height="{size[1]}" loading="lazy" decoding="async">'

    return IMG.sub(fix, html_content)
