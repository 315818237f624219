"""링크 검사 (tests/linkcheck.py): 만든 site/ 의 모든 내부 링크와 #앵커가 살아 있는지, 외부 링크는 목록만.

mkdocs.yml 의 validation(strict)이 마크다운 링크를 빌드 때 확인하고, 이 테스트는 만든 HTML 전체(테마의 링크,
canonical, 훅이 넣은 링크, 노트북 페이지)를 다시 확인합니다. 네트워크는 쓰지 않습니다.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import linkcheck

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"


def test_built_site_links(capsys):
    if not (SITE / "index.html").is_file():
        pytest.fail("site/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요 (make test 는 알아서 만듭니다).", pytrace=False)
    site_url, repo_url = linkcheck.read_mkdocs_urls()
    report = linkcheck.check(SITE, site_url, repo_url)
    if report.broken:
        pytest.fail(report.text(), pytrace=False)
    with capsys.disabled():
        print("\n" + report.text().splitlines()[0])


def _page(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")


def test_checker_reports_what_is_broken(tmp_path):
    """검사기 자체 시험: 끊긴 링크를 심고 모두 보고되는지, 멀쩡한 링크는 보고되지 않는지."""
    site = tmp_path / "site"
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "index.md").write_text("x", encoding="utf-8")
    (site / "nb").mkdir(parents=True)
    (site / "nb" / "a.ipynb").write_text("{}", encoding="utf-8")
    _page(site / "guide" / "a" / "index.html", '<h2 id="있는-앵커">x</h2>')
    _page(
        site / "index.html",
        '<h1 id="top">t</h1>'
        '<a href="guide/a/">ok page</a>'
        '<a href="guide/a/#있는-앵커">ok anchor</a>'
        '<a href="guide/a/#%EC%9E%88%EB%8A%94-%EC%95%B5%EC%BB%A4">ok encoded anchor</a>'
        '<a href="#top">ok self</a>'
        '<a href=".">ok dot</a>'
        '<link rel="canonical" href="https://example.org/proj/guide/a/">'
        '<a href="guide/missing/">broken page</a>'
        '<a href="guide/a/#없는-앵커">broken anchor</a>'
        '<a href="#nowhere">broken self anchor</a>'
        '<a href="../../outside/">outside</a>'
        '<img src="img/none.png">'
        '<link rel="canonical" href="https://example.org/proj/gone/">'
        '<a href="https://keras.io/x">external</a>'
        '<a href="https://github.com/o/r/blob/main/docs/index.md">repo ok</a>'
        '<a href="https://github.com/o/r/blob/main/docs/nope.md">repo broken</a>'
        '<a href="https://colab.research.google.com/github/o/r/blob/gh-pages/nb/a.ipynb">colab ok</a>'
        '<a href="https://colab.research.google.com/github/o/r/blob/gh-pages/nb/b.ipynb">colab broken</a>',
    )
    report = linkcheck.check(site, "https://example.org/proj/", "https://github.com/o/r", repo_root=repo)
    broken = "\n".join(report.broken)
    for bad in (
        "guide/missing/",
        "#없는-앵커",
        "#nowhere",
        "../../outside/",
        "img/none.png",
        "https://example.org/proj/gone/",
        "docs/nope.md",
        "nb/b.ipynb",
    ):
        assert bad in broken, f"{bad} 가 보고되지 않았습니다:\n{report.text()}"
    assert len(report.broken) == 8, report.text()
    assert "https://keras.io/x" in report.external
