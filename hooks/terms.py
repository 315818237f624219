"""mkdocs 훅: 용어. docs/terms.yml → 용어집 표(glossary.md)와 본문 툴팁. 용어 규칙과 표·툴팁을 만드는 코드는 docpages/terms.py.

- on_config: 툴팁 마크다운 확장(T.TooltipExtension)을 붙입니다.
- on_page_markdown: glossary.md 의 표시 줄(T.MARKER)을 용어집 표로 바꿉니다.
- on_page_content / on_env: 용어집이 링크한 절(앵커)이 실제로 있는지 확인하고, 없으면 경고합니다 (--strict 에서는 빌드 실패).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages import terms as T  # noqa: E402

log = logging.getLogger("mkdocs.hooks.terms")

_state: dict = {}


def on_config(config):
    docs_dir = Path(config["docs_dir"])
    glossary = T.load(docs_dir / T.TERMS_FILE)
    ext = T.TooltipExtension(glossary)
    config["markdown_extensions"] = [e for e in config["markdown_extensions"] if not isinstance(e, T.TooltipExtension)]
    config["markdown_extensions"].append(ext)
    _state.clear()
    _state.update(glossary=glossary, ext=ext, links=[], anchors={})
    return config


def on_page_markdown(markdown_text, page, config, files):
    ext: T.TooltipExtension = _state["ext"]
    src = page.file.src_uri
    ext.skip_tables = src == T.GLOSSARY_PAGE
    if src != T.GLOSSARY_PAGE:
        return markdown_text
    from mkdocs.exceptions import PluginError

    try:
        text, _state["links"] = T.glossary_page(
            markdown_text, _state["glossary"], Path(config["docs_dir"]), config["nav"], config["markdown_extensions"], config["mdx_configs"], src
        )
    except ValueError as exc:
        raise PluginError(str(exc)) from exc
    return text


def on_page_content(html, page, config, files):
    ids = set()

    def walk(items):
        for item in items:
            ids.add(item.id)
            walk(item.children)

    walk(page.toc)
    _state.setdefault("anchors", {})[page.file.src_uri] = ids
    return html


def on_env(env, config, files):
    anchors = _state.get("anchors", {})
    for ko, path, anchor in _state.get("links", []):
        if path in anchors and anchor not in anchors[path]:
            log.warning("docs/%s: 용어 '%s' 의 '처음 나오는 곳' 링크 %s#%s 의 절이 없습니다.", T.GLOSSARY_PAGE, ko, path, anchor)
    return env
