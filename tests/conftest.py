"""pytest 설정: `--update-outputs` (make outputs) 와 `--page-report` (make test-latest) 옵션."""

from collections import defaultdict

_by_page: dict = defaultdict(lambda: {"passed": 0, "failed": 0, "skipped": 0})


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="코드를 실행해 snippets/**/*.out 을 다시 씁니다 (비교 규칙으로 같으면 그대로 둡니다).",
    )
    parser.addoption("--page-report", action="store_true", help="끝에 페이지별 통과/실패 표를 출력합니다.")


def pytest_runtest_logreport(report):
    if "test_block[" not in report.nodeid:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        page = report.nodeid.split("[", 1)[1].split(":", 1)[0]
        _by_page[page][report.outcome] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not config.getoption("--page-report"):
        return
    tr = terminalreporter
    tr.section("페이지별 결과")
    for page, counts in sorted(_by_page.items()):
        verdict = "PASS" if counts["failed"] == 0 else "FAIL"
        tr.write_line(f"{verdict}  {page:<24} 블록 통과 {counts['passed']:>3}, 실패 {counts['failed']:>3}")
