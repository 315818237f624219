"""한국어 검색 시험. site/ 는 `make test` 가 먼저 `mkdocs build --strict` 로 만듭니다.

1. 검색 색인(site/search/search_index.json)이 hooks/search.py 를 거쳤는지, 노트북 페이지가 색인에 없는지(같은 글이 두 번
   나오지 않게), 보이지 않는 경계(U+200B)가 색인에만 있고 페이지에는 없는지.
   search-ko.js 가 Material 의 스크립트보다 먼저 실리는지.
2. 실제 브라우저: tests/browser/search.mjs 가 헤드리스 Chromium 으로 사이트의 진짜 검색 창에 tests/search_queries.yml 의
   검색어를 하나씩 입력하고, 기대한 절이 결과 목록의 처음 세 링크 안에 있는지 봅니다. 하나라도 놓치면 실패하고,
   놓친 검색어마다 기대한 절과 실제로 나온 세 링크를 보여 줍니다. (known_miss 로 적은 알려진 한계는 따로 보고만 합니다.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SITE = ROOT / "site"
INDEX = SITE / "search" / "search_index.json"
SCRIPT = ROOT / "tests" / "browser" / "search.mjs"
ZWSP = "\u200b"
FIX = "make browser-deps   (또는 bash tests/browser/install.sh)"
TIMEOUT = 300


@pytest.fixture(scope="module")
def index() -> dict:
    if not INDEX.is_file():
        pytest.fail(f"{INDEX.relative_to(ROOT)} 이 없습니다. 먼저 make build 로 사이트를 만드세요.", pytrace=False)
    return json.loads(INDEX.read_text(encoding="utf-8"))


def test_index_went_through_korean_hook(index):
    conf = index["config"]
    assert {"keys", "title_keys", "intro_keys", "error_keys"} <= set(conf["fields"]), "hooks/search.py 가 검색 색인에 필드를 더하지 않았습니다"
    lists = conf.get("ko_query")
    assert lists, (
        "검색 색인에 조사·어미 목록(config.ko_query)이 없습니다: 사이트를 kiwipiepy 없이 만들었습니다. "
        "make build 가 requirements/search.txt 를 설치합니다."
    )
    # 목록은 사이트 글에서 나온 것입니다: 흔한 조사와 용어의 줄기가 들어 있어야 합니다.
    assert {"를", "의", "에서"} <= set(lists["suffixes"]), lists["suffixes"][:40]
    assert {"가중치", "레이어", "손실"} <= set(lists["stems"])
    assert any(ZWSP in doc["text"] for doc in index["docs"]), "색인의 낱말이 줄기와 조사로 나뉘지 않았습니다"


def test_notebook_pages_not_in_index(index):
    """노트북 페이지(notebooks/<slug>/)는 가이드 페이지와 같은 글이므로 검색 결과에 두 번 나오지 않게 색인에서 뺍니다."""
    notebooks = sorted({d["location"].split("#")[0] for d in index["docs"] if d["location"].startswith("notebooks/")})
    assert not notebooks, f"노트북 페이지가 검색 색인에 있습니다: {notebooks}"
    guide = {d["location"].split("#")[0] for d in index["docs"] if d["location"].startswith("guide/")}
    assert guide, "가이드 페이지가 검색 색인에 없습니다"


def test_boundaries_only_in_index():
    """U+200B 는 검색 색인 안에서만 씁니다. 독자가 보는 페이지에는 들어가지 않습니다."""
    pages = [p for p in SITE.rglob("*.html")]
    assert pages, "site/ 에 HTML 이 없습니다"
    leaked = [str(p.relative_to(SITE)) for p in pages if ZWSP in p.read_text(encoding="utf-8")]
    assert not leaked, f"페이지에 폭 없는 공백(U+200B)이 있습니다: {leaked}"


def test_query_script_loads_before_material():
    """search-ko.js 는 Material 의 bundle 보다 먼저 실려야 검색 결과를 Material 보다 먼저 받습니다 (overrides/main.html)."""
    page = (SITE / "index.html").read_text(encoding="utf-8")
    ours, bundle = page.find("javascripts/search-ko.js"), page.find("assets/javascripts/bundle.")
    assert ours >= 0, "첫 페이지가 javascripts/search-ko.js 를 싣지 않습니다 (overrides/main.html)"
    assert bundle >= 0, "첫 페이지에 Material 의 bundle 스크립트가 없습니다"
    assert ours < bundle, "javascripts/search-ko.js 가 Material 의 bundle 뒤에 실립니다 (overrides/main.html 의 scripts 블록)"


def test_search_in_browser(index, tmp_path):  # index: 색인이 없으면 여기서 먼저 실패합니다
    node = shutil.which("node")
    if node is None:
        pytest.fail(f"node 가 없어 브라우저 검색 시험을 할 수 없습니다 (Node 20 이상 필요).\n고치는 방법: {FIX}", pytrace=False)
    out = tmp_path / "search.json"
    try:
        proc = subprocess.run(
            [node, str(SCRIPT), "--site", str(SITE), "--json", str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=dict(os.environ, PYTHON=sys.executable),  # 검색어 목록(YAML)을 이 파이썬(PyYAML)으로 읽습니다
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"브라우저 검색 시험이 {TIMEOUT}초 안에 끝나지 않았습니다 (보통 10초).", pytrace=False)
    report = proc.stdout + proc.stderr
    if proc.returncode == 2 or not out.is_file():
        pytest.fail(f"브라우저 검색 시험을 실행하지 못했습니다 (코드 {proc.returncode}):\n{report}", pytrace=False)
    data = json.loads(out.read_text(encoding="utf-8"))
    missed = [r for r in data["results"] if not r["hit"] and not r["known"]]
    fixed = [r for r in data["results"] if r["hit"] and r["known"]]
    lines = []
    for r in missed:
        lines.append(
            f"- [{r['kind']}] {r['q']!r}\n    기대: {' | '.join(r['want']) or '(첫 페이지)'}"
            + (f"\n    사이트에 없는 절(앵커가 바뀌었나요?): {r['missing']}" if r["missing"] else "")
            + f"\n    처음 세 링크: {' · '.join(x or '(첫 페이지)' for x in r['top']) or '(결과 없음: ' + r['meta'] + ')'}"
        )
    for r in fixed:
        lines.append(f"- [{r['kind']}] {r['q']!r}: 이제 찾습니다. tests/search_queries.yml 에서 known_miss 를 지우세요.")
    for e in data["pageErrors"]:
        lines.append(f"- 페이지 오류: {e}")
    rate = f"{data['gatedHits']}/{data['gated']} ({100 * data['gatedHits'] / data['gated']:.1f}%)"
    if lines or proc.returncode != 0:
        pytest.fail(
            f"검색 시험 {rate} — 기대한 절이 결과 목록의 처음 세 링크 안에 없습니다:\n"
            + "\n".join(lines)
            + f"\n\n--- node tests/browser/search.mjs 출력 ---\n{report}",
            pytrace=False,
        )
