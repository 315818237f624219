"""pytest 설정: `--update-outputs` (make outputs) 와 `--page-report` (make test-latest) 옵션, 문서 테스트의 요약."""

from collections import defaultdict

import pytest

_by_page: dict = defaultdict(lambda: {"passed": 0, "failed": 0, "skipped": 0})
SESSION = pytest.StashKey[dict]()


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="코드를 실행해 snippets/ 의 .out 과 그림을 다시 씁니다 (비교 규칙으로 같으면 그대로 둡니다).",
    )
    parser.addoption("--page-report", action="store_true", help="끝에 페이지별 통과/실패 표를 출력합니다.")


def pytest_configure(config):
    config.stash[SESSION] = {"update": config.getoption("--update-outputs"), "runs": {}, "order": [], "changes": []}


@pytest.fixture(scope="session")
def docs_session(request) -> dict:
    """문서 테스트가 한 세션 동안 나누는 것: 페이지별 실행 결과, 실행 순서, make outputs 가 바꾼 것."""
    return request.config.stash[SESSION]


def pytest_runtest_logreport(report):
    if "test_block[" not in report.nodeid:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        page = report.nodeid.split("[", 1)[1].split(":", 1)[0]
        _by_page[page][report.outcome] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    tr = terminalreporter
    session = config.stash[SESSION]
    if session["order"]:
        tr.write_line(f"문서 테스트가 페이지를 실행한 순서 (작업 프로세스 하나): {' → '.join(session['order'])}")
    if session["update"]:
        tr.section("make outputs 가 바꾼 것")
        for changes in session["changes"]:
            tr.write_line(changes.summary())
    if config.getoption("--page-report"):
        tr.section("페이지별 결과")
        for page, counts in sorted(_by_page.items()):
            verdict = "PASS" if counts["failed"] == 0 else "FAIL"
            tr.write_line(f"{verdict}  {page:<24} 블록 통과 {counts['passed']:>3}, 실패 {counts['failed']:>3}")
