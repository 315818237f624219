"""mkdocs 훅: 한국어로 찾을 수 있는 검색. 검색 플러그인이 쓴 site/search/search_index.json 을 빌드 끝에 고칩니다.

무엇을 어떻게 고치는지는 docpages/search.py 의 설명과 enrich() 에 있습니다. 이 훅은 설정을 읽고 파일을 읽고 씁니다.
kiwipiepy 가 없으면(make serve 의 사이트 환경) 형태소 나누기만 건너뛰고 알림 한 줄을 남깁니다. 시험: tests/test_search.py.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # 저장소 루트의 docpages 패키지
from docpages import search, terms  # noqa: E402

log = logging.getLogger("mkdocs.hooks.search")
_state: dict = {}


def _search_plugin(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            return plugin
    return None


def on_config(config):
    _state.clear()
    plugin = _search_plugin(config)
    _state["enabled"] = bool(plugin and plugin.config.get("enabled", True))
    if not _state["enabled"]:
        return config
    _state["separator"] = plugin.config.get("separator") or r"[\s\-]+"
    _state["glossary"] = terms.load(Path(config["docs_dir"]) / terms.TERMS_FILE)
    # 페이지 주소 → 차례(nav) 순서. intro_keys 가 씁니다. 첫 페이지(index.md)와 용어집은 소개하는 곳이 아니므로 뺍니다.
    pages = terms.nav_pages(config["nav"], Path(config["docs_dir"]))
    _state["nav_order"] = {
        File(src, config["docs_dir"], config["site_dir"], config["use_directory_urls"]).url: i
        for i, (src, _) in enumerate(pages)
        if src not in ("index.md", terms.GLOSSARY_PAGE)
    }
    return config


@event_priority(-100)  # 검색 플러그인(우선순위 0)이 search_index.json 을 쓴 뒤
def on_post_build(config):
    if not _state.get("enabled"):
        return
    path = Path(config["site_dir"]) / search.INDEX
    if not path.is_file():
        log.warning("%s 이 없어 한국어 검색 색인을 만들지 못했습니다.", search.INDEX)
        return
    started = time.perf_counter()
    before = path.stat().st_size
    data = json.loads(path.read_text(encoding="utf-8"))
    analyser = search.kiwi(search.user_words(_state["glossary"]))
    if analyser is None:
        log.info(
            "kiwipiepy 가 없어 검색 색인을 형태소로 나누지 않습니다 (조사가 붙은 검색어를 덜 찾습니다). "
            "make build 는 requirements/search.txt 로 설치합니다."
        )
    report = search.enrich(data, _state["glossary"], _state["separator"], _state["nav_order"], analyser)
    # ensure_ascii=False: 한글을 \uXXXX(6바이트) 대신 UTF-8(3바이트)로 씁니다. 색인이 검색 플러그인이 쓴 것보다 작아집니다.
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    log.info(
        "한국어 검색 색인(%s): 절 %d개, 더한 말 %d개, 나눈 낱말 %d개, 조사·어미 %d개, 줄기 %d개, %.0f KB → %.0f KB, %.1f초",
        "Kiwi" if report["kiwi"] else "Kiwi 없음",
        report["sections"], report["words_added"], report["words_split"], report["suffixes"], report["stems"],
        before / 1024, path.stat().st_size / 1024, time.perf_counter() - started,
    )
