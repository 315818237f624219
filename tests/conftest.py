"""pytest 설정: `--update-outputs` (make outputs) 옵션."""


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="코드를 실행해 snippets/**/*.out 을 다시 씁니다 (비교 규칙으로 같으면 그대로 둡니다).",
    )
