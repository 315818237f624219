"""문서 테스트: python 블록이 있는 모든 페이지의 블록을 실행하고, 블록마다 출력 블록·stderr·그림을 확인합니다.

- 페이지마다 블록을 새 네임스페이스에서 순서대로 한 번 실행하고(그 페이지의 항목이 처음 나올 때), 테스트 항목은 블록 하나씩입니다.
  모든 페이지가 작업 프로세스 하나를 차례로 쓰고, 항목 순서를 pytest-randomly 가 섞으므로 페이지를 실행하는 순서도
  매번 다릅니다 (끝에 그 순서를 보여 줍니다). 페이지마다 새 커널에서 실행하는 노트북 테스트와 함께, 페이지의 출력이
  앞에 무엇을 실행했는지와 상관없다는 것을 보입니다.
- 실패 메시지: 페이지와 줄, 블록 번호, snippet 파일, 그리고 diff 또는 전체 traceback.
- `--update-outputs` (make outputs): docpages.outputs.update 가 다른 출력·그림만 다시 쓰고, 끝에 무엇을 바꿨는지 보여 줍니다.
"""

from __future__ import annotations

import os

import pytest

from docpages import compare, outputs
from docpages.pages import DOCS, GUIDE, PageError, all_pages, read_blocks, rel, runnable_pages, stamp_include, stamp_path
from docpages.run import run_page


def _pages():
    """실행할 페이지: python 블록이 있는 모든 페이지와 모든 가이드 페이지 (블록이 없는 가이드 페이지는 구조 오류)."""
    return sorted(set(runnable_pages()) | set(GUIDE.glob("*.md")))


def pytest_generate_tests(metafunc):
    """페이지마다 블록 하나에 테스트 하나. 구조가 잘못된 페이지는 실패하는 항목 하나가 됩니다."""
    if "structure_error" not in metafunc.fixturenames:
        return
    update = metafunc.config.getoption("--update-outputs")
    params = []
    for page in _pages():
        try:
            blocks = read_blocks(page, create_missing_outputs=update)
        except PageError as exc:
            params.append(pytest.param(page, None, str(exc), id=f"{page.stem}:structure"))
            continue
        for block in blocks:
            params.append(pytest.param(page, block.number, None, id=block.test_id))
    metafunc.parametrize(("page", "number", "structure_error"), params)


def _page_run(page, session):
    """페이지를 한 번 실행합니다 (make outputs 에서는 파일도 맞춥니다)."""
    if page not in session["runs"]:
        update = session["update"]
        result = run_page(page, read_blocks(page, create_missing_outputs=update))
        session["runs"][page] = result
        session["order"].append(page.stem)
        if update:
            session["changes"].append(outputs.update(result, outputs.environment()))
    return session["runs"][page]


def test_block(page, number, structure_error, docs_session):
    if structure_error:
        pytest.fail(structure_error, pytrace=False)
    result = _page_run(page, docs_session)
    block, run = result.blocks[number - 1], result.runs[number - 1]
    problem = outputs.check(block, run, result)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.mark.parametrize("page", all_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_page_structure(page):
    """모든 페이지(소개, 용어집 …)가 같은 펜스 규칙을 따릅니다: 테스트되지 않는 코드는 없습니다."""
    try:
        read_blocks(page)
    except PageError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.stem)
def test_version_stamp(page, docs_session):
    """페이지가 보여 주는 검증 환경(Python/TensorFlow/Keras/CPU)은 make outputs 가 기록하고, 지금 환경과 같아야 합니다."""
    if os.environ.get("DOCS_LATEST"):
        pytest.skip("make test-latest: 최신 TensorFlow/Keras 로 실행하므로 고정 버전의 표시는 비교하지 않습니다")
    path = stamp_path(page)
    if stamp_include(page) not in page.read_text(encoding="utf-8"):
        pytest.fail(f"{rel(page)}: 제목 아래에 검증 환경 표시 {stamp_include(page)} 를 넣으세요.", pytrace=False)
    if docs_session["update"]:
        _page_run(page, docs_session)  # make outputs: 표시는 docpages.outputs.update 가 씁니다
    want = outputs.stamp_text(outputs.environment())
    have = path.read_text(encoding="utf-8") if path.exists() else ""
    if have != want:
        pytest.fail(
            f"{rel(path)} 의 검증 환경이 지금 환경과 다릅니다. make outputs PAGE={page.stem} 로 다시 검증하세요.\n\n"
            + compare.report(have, want, rel(path), "지금 환경"),
            pytrace=False,
        )
