"""문서 테스트: 가이드 페이지의 모든 코드 블록을 실행하고, 블록마다 출력 블록과 비교합니다.

- 페이지마다 블록을 새 네임스페이스에서 순서대로 한 번 실행하고(처음 필요할 때), 테스트 항목은 블록 하나씩입니다.
  그래서 항목의 순서가 섞여도(-p randomly) 각 페이지 안의 실행 순서는 그대로입니다.
- 실패 메시지: 페이지와 줄, 블록 번호, snippet 파일, 그리고 diff 또는 전체 traceback.
- `--update-outputs` (make outputs): 다른 출력만 .out 파일에 다시 씁니다.
"""

from __future__ import annotations

import os

import pytest

from tests import compare
from tests.docpages import (
    DOCS,
    PageError,
    all_pages,
    check,
    environment,
    guide_pages,
    read_blocks,
    rel,
    run_page,
    stamp_include,
    stamp_path,
    stamp_text,
    update_output,
)


def pytest_generate_tests(metafunc):
    """페이지마다 블록 하나에 테스트 하나. 구조가 잘못된 페이지는 실패하는 항목 하나가 됩니다."""
    if "structure_error" not in metafunc.fixturenames:
        return
    update = metafunc.config.getoption("--update-outputs")
    params = []
    for page in guide_pages():
        try:
            blocks = read_blocks(page, create_missing_outputs=update)
        except PageError as exc:
            params.append(pytest.param(page, None, str(exc), id=f"{page.stem}:structure"))
            continue
        for block in blocks:
            params.append(pytest.param(page, block.number, None, id=block.test_id))
    metafunc.parametrize(("page", "number", "structure_error"), params)


_runs: dict = {}


def _page_run(page, update: bool):
    if page not in _runs:
        blocks = read_blocks(page, create_missing_outputs=update)
        _runs[page] = run_page(page, blocks)
    return _runs[page]


def test_block(page, number, structure_error, request):
    if structure_error:
        pytest.fail(structure_error, pytrace=False)
    update = request.config.getoption("--update-outputs")
    result = _page_run(page, update)
    block, run = result.blocks[number - 1], result.runs[number - 1]
    if update:
        update_output(block, run)
        block.expected = block.output_path.read_text(encoding="utf-8") if block.output_path else None
    problem = check(block, run, result)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.mark.parametrize("page", all_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_page_structure(page):
    """가이드가 아닌 페이지(소개, 용어집 …)도 같은 펜스 규칙을 따릅니다: 테스트되지 않는 코드는 없습니다."""
    try:
        read_blocks(page)
    except PageError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.mark.parametrize("page", guide_pages(), ids=lambda p: p.stem)
def test_version_stamp(page, request):
    """페이지가 보여 주는 검증 환경(Python/TensorFlow/Keras/CPU)은 make outputs 가 기록하고, 지금 환경과 같아야 합니다."""
    if os.environ.get("DOCS_LATEST"):
        pytest.skip("make test-latest: 최신 TensorFlow/Keras 로 실행하므로 고정 버전의 표시는 비교하지 않습니다")
    path = stamp_path(page)
    if stamp_include(page) not in page.read_text(encoding="utf-8"):
        pytest.fail(f"{rel(page)}: 제목 아래에 검증 환경 표시 {stamp_include(page)} 를 넣으세요.", pytrace=False)
    want = stamp_text(environment())
    if request.config.getoption("--update-outputs"):
        result = _page_run(page, True)
        if not any(r.error for r in result.runs):
            path.write_text(want, encoding="utf-8")
    have = path.read_text(encoding="utf-8") if path.exists() else ""
    if have != want:
        pytest.fail(
            f"{rel(path)} 의 검증 환경이 지금 환경과 다릅니다. make outputs PAGE={page.stem} 로 다시 검증하세요.\n\n"
            + compare.report(have, want, rel(path), "지금 환경"),
            pytrace=False,
        )
