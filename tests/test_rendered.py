"""만들어진 HTML(site/)을 독자처럼 읽습니다.

1. 각 가이드 페이지의 HTML 에서 코드 블록과 출력 블록을 순서대로 꺼내, 문서 테스트가 실행한 snippet 과
   글자 그대로 같은지 확인합니다. 모든 python 블록 바로 뒤에는(출력이 있다면) 출력 블록이 옵니다.
2. HTML 에서 복사한 python 블록들을 새 파이썬 프로세스 하나에서 순서대로 실행해, 각 블록의 출력이
   페이지에 보이는 출력 블록과 같은지(tests/compare.py 규칙) 확인합니다.

site/ 는 `make test` 가 먼저 `mkdocs build --strict` 로 만듭니다.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from tests import compare
from tests.docpages import ROOT, guide_pages, read_blocks, rel

SITE = ROOT / "site"

# 새 파이썬에서 블록을 하나씩 실행하고, 블록마다 stdout 을 따로 모읍니다 (노트북이나 REPL 에 붙여넣는 것과 같습니다).
DRIVER = r"""
import contextlib, io, json, sys, traceback
blocks = json.load(sys.stdin)
ns = {"__name__": "__main__"}
results = []
for code in blocks:
    out = io.StringIO()
    err = None
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "<복사한 블록>", "exec"), ns)
    except BaseException:
        err = traceback.format_exc()
    results.append({"stdout": out.getvalue(), "error": err})
sys.__stdout__.write(json.dumps(results))
"""


def rendered_blocks(page) -> list[tuple[str, str]]:
    html_path = SITE / "guide" / page.stem / "index.html"
    if not html_path.exists():
        pytest.fail(f"{rel(html_path)} 가 없습니다. 먼저 make build 를 실행하세요 (make test 는 자동으로 합니다).", pytrace=False)
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    found = []
    for div in soup.select("article div.highlight"):
        lang = next((c[len("language-"):] for c in div.get("class", []) if c.startswith("language-")), "")
        code = div.find("code")
        found.append((lang, code.get_text()))
    return found


@pytest.mark.parametrize("page", guide_pages(), ids=lambda p: p.stem)
def test_html_shows_tested_code_and_outputs(page):
    blocks = read_blocks(page)
    want = []
    for b in blocks:
        want.append(("python", b.code))
        if b.expected is not None:
            want.append(("text", b.expected))
    got = rendered_blocks(page)
    assert [lang for lang, _ in got] == [lang for lang, _ in want], f"{rel(page)}: HTML 의 블록 종류/순서가 페이지와 다릅니다"
    for (lang, text), (_, expected), n in zip(got, want, range(1, len(want) + 1)):
        assert text.rstrip("\n") == expected.rstrip("\n"), f"{rel(page)}: HTML 의 {n}번째 블록({lang})이 snippet 파일과 다릅니다"


@pytest.mark.parametrize("page", guide_pages(), ids=lambda p: p.stem)
def test_copied_blocks_print_what_the_page_shows(page):
    got = rendered_blocks(page)
    codes, shown = [], []
    for lang, text in got:
        if lang == "python":
            codes.append(text)
            shown.append(None)
        elif lang == "text" and shown:
            shown[-1] = text
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", TF_ENABLE_ONEDNN_OPTS="0")
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER], input=json.dumps(codes), capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert proc.returncode == 0, f"{rel(page)}: 새 파이썬 실행이 실패했습니다:\n{proc.stderr[-3000:]}"
    results = json.loads(proc.stdout)
    for n, (res, want) in enumerate(zip(results, shown), 1):
        where = f"site/guide/{page.stem}/index.html 의 {n}번째 python 블록"
        if res["error"]:
            pytest.fail(f"{where}을 복사해 실행하니 예외가 났습니다:\n{res['error']}", pytrace=False)
        if want is None:
            assert not res["stdout"].strip(), f"{where}이 출력을 냈지만 페이지에는 출력 블록이 없습니다:\n{res['stdout']}"
        elif not compare.same(want, res["stdout"]):
            pytest.fail(f"{where}의 출력이 페이지와 다릅니다:\n" + compare.report(want, res["stdout"], "페이지에 보이는 출력"), pytrace=False)
