"""출력 비교 규칙. 기대 출력(.out)과 실제 출력을 어떻게 같다고 보는지는 여기에만 있습니다.

규칙 (README "출력 비교 규칙"에 같은 내용이 있습니다):

1. 변하는 텍스트는 비교 전에 양쪽 모두에서 같은 자리표시로 바꿉니다. 출력 파일에서 지우지 않습니다.
   - 시간: `1s`, `12ms/step`, `350us/step` 처럼 숫자 바로 뒤에 s/ms/us/µs(와 /step)가 붙은 것 → `<시간>`
   - 메모리 주소: `0x7f3a...` → `0x<주소>`
2. 숫자: 소수점이나 지수가 있는 숫자는 |a - b| <= ATOL + RTOL * |b| 이면 같습니다
   (다른 CPU의 float32 반올림 차이를 통과시키기 위해). 정수(형태, 개수, 에포크 번호 …)는 정확히 같아야 합니다.
3. 그 밖의 모든 텍스트는 정확히 같아야 합니다. 단, 숫자 옆의 공백(numpy 가 자릿수에 맞춰 넣는 정렬 공백)은
   무시하고, 그 밖의 연속 공백은 한 칸으로 봅니다. 줄 끝 공백과 마지막 빈 줄은 보이지 않으므로 무시합니다.
4. 줄 수가 다르거나 줄 순서가 바뀌면 다릅니다.

`make outputs` 는 실제 출력이 이 규칙으로 기존 .out 과 같으면 파일을 그대로 둡니다 (그래서 두 번 실행해도
diff 가 없습니다). 다르면 실제 출력 전체를 그대로 씁니다.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass

RTOL = 1e-3
ATOL = 1e-5

VOLATILE = [
    (re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:ms|us|µs|s)(?:/step|/epoch|/sample)?(?![\w])"), "<시간>"),
    (re.compile(r"0x[0-9a-fA-F]{4,}"), "0x<주소>"),
]
NUMBER = re.compile(r"(?<![\w.])[-+]?(?:(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf)(?![\w.])|(?<=_)\d+\b")
PLACEHOLDER = "\x00"


@dataclass
class Line:
    skeleton: str
    numbers: list[str]


def normalise_line(line: str) -> Line:
    for pattern, repl in VOLATILE:
        line = pattern.sub(repl, line)
    numbers = NUMBER.findall(line)
    skeleton = NUMBER.sub(PLACEHOLDER, line)
    skeleton = re.sub(r"\s*" + PLACEHOLDER + r"\s*", PLACEHOLDER, skeleton)
    skeleton = re.sub(r"\s+", " ", skeleton).strip()
    return Line(skeleton, numbers)


def normalise(text: str) -> list[Line]:
    lines = [ln.rstrip() for ln in text.rstrip().split("\n")] if text.strip() else []
    return [normalise_line(ln) for ln in lines]


def _is_float(token: str) -> bool:
    t = token.lower()
    return "." in t or "e" in t or "nan" in t or "inf" in t


def numbers_equal(a: str, b: str) -> bool:
    if _is_float(a) or _is_float(b):
        fa, fb = float(a), float(b)
        if math.isnan(fa) or math.isnan(fb):
            return math.isnan(fa) and math.isnan(fb)
        return abs(fa - fb) <= ATOL + RTOL * abs(fb)
    return int(a) == int(b)


def differences(expected: str, actual: str) -> list[str]:
    """규칙으로 보아 다른 점들(사람이 읽을 설명). 빈 목록이면 같습니다."""
    exp, act = normalise(expected), normalise(actual)
    problems = []
    if len(exp) != len(act):
        problems.append(f"줄 수가 다릅니다: 기대 {len(exp)}줄, 실제 {len(act)}줄")
    for n, (e, a) in enumerate(zip(exp, act), 1):
        if e.skeleton != a.skeleton or len(e.numbers) != len(a.numbers):
            problems.append(f"{n}행: 숫자가 아닌 텍스트가 다릅니다")
            continue
        for x, y in zip(e.numbers, a.numbers):
            if not numbers_equal(y, x):
                kind = f"허용 오차 rtol={RTOL:g}, atol={ATOL:g} 밖" if _is_float(x) or _is_float(y) else "정수는 정확히 같아야 함"
                problems.append(f"{n}행: 숫자 {x} → {y} ({kind})")
    return problems


def same(expected: str, actual: str) -> bool:
    return not differences(expected, actual)


def report(expected: str, actual: str, expected_name: str, actual_name: str = "실제 출력") -> str:
    """unified diff 와 다른 숫자 목록."""
    diff = difflib.unified_diff(
        expected.rstrip("\n").split("\n"),
        actual.rstrip("\n").split("\n"),
        fromfile=expected_name,
        tofile=actual_name,
        lineterm="",
    )
    return "\n".join(list(diff) + ["", "비교 규칙으로 본 차이 (tests/compare.py):"] + ["  " + p for p in differences(expected, actual)])
