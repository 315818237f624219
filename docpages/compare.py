"""출력 비교 규칙. 기대 출력(.out)과 실제 출력을 어떻게 같다고 보는지는 여기에만 있습니다.

규칙 (README "출력 비교 규칙"에 같은 내용이 있습니다):

1. 변하는 텍스트는 비교 전에 양쪽 모두에서 같은 자리표시로 바꿉니다. 출력 파일에서 지우지 않습니다.
   - 시간: `1s`, `12ms/step`, `350us/step` 처럼 숫자 바로 뒤에 s/ms/us/µs(와 /step)가 붙은 것 → `<시간>`
   - 메모리 주소: `0x7f3a...` → `0x<주소>`
2. 숫자: 소수점이나 지수가 있는 숫자는 |실제 - 기대| <= rtol × |기대| + (찍힌 마지막 자리 한 단위) 이면 같습니다.
   - "찍힌 마지막 자리 한 단위": `0.2070` 은 0.0001, `1.5e-06` 은 1e-07. 아주 작은 차이도 반올림 경계에서는
     마지막 자리를 하나 바꿀 수 있으므로 그만큼은 허용합니다. 그 밖에는 자릿수와 상관없는 상대 오차 rtol 뿐입니다.
   - rtol 의 기본값 RTOL 은 이 머신에서 잰 가장 큰 차이에 여유를 곱한 값입니다 (README, `make deviation`).
     훈련이 차이를 키우는 페이지나 블록은 페이지 머리말의 `rtol`(페이지) / `rtols`(snippet 이름 → 값)로 넓힙니다.
   - nan 은 nan 과만, inf 는 같은 부호의 inf 와만 같습니다. 정수(형태, 개수, 에포크 번호 …)는 정확히 같아야 합니다.
3. 그 밖의 모든 텍스트는 정확히 같아야 합니다. 단, 숫자 옆의 공백(numpy 가 자릿수에 맞춰 넣는 정렬 공백)은
   무시하고, 그 밖의 연속 공백은 한 칸으로 봅니다. 줄 끝 공백과 마지막 빈 줄은 보이지 않으므로 무시합니다.
4. 줄 수가 다르거나 줄 순서가 바뀌면 다릅니다.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# 기본 상대 허용 오차. 근거: README "출력 비교 규칙" (tools/deviation.py 로 잰 가장 큰 차이 × 여유).
RTOL = 1e-5

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


def is_float(token: str) -> bool:
    t = token.lower()
    return "." in t or "e" in t or "nan" in t or "inf" in t


def quantum(token: str) -> float:
    """찍힌 숫자의 마지막 자리 한 단위: 0.2070 → 1e-4, 1.5e-06 → 1e-7, 3. → 1."""
    try:
        exponent = Decimal(token.lstrip("+-")).as_tuple().exponent
    except InvalidOperation:
        return 0.0
    return 10.0 ** exponent if isinstance(exponent, int) else 0.0


def excess(expected: str, actual: str) -> float:
    """두 실수의 차이에서 찍힌 자리 한 단위를 뺀 것을 |기대| 로 나눈 값 (0 이하이면 반올림 차이뿐). 규칙 2 의 rtol 과 비교합니다."""
    fe, fa = float(expected), float(actual)
    if math.isnan(fe) or math.isnan(fa) or math.isinf(fe) or math.isinf(fa):
        same = (math.isnan(fe) and math.isnan(fa)) or fe == fa
        return 0.0 if same else math.inf
    gap = abs(fa - fe) - max(quantum(expected), quantum(actual))
    if gap <= 0:
        return 0.0
    return gap / abs(fe) if fe else math.inf


def numbers_equal(expected: str, actual: str, rtol: float = RTOL) -> bool:
    if is_float(expected) or is_float(actual):
        return excess(expected, actual) <= rtol
    return int(expected) == int(actual)


def differences(expected: str, actual: str, rtol: float = RTOL) -> list[str]:
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
            if not numbers_equal(x, y, rtol):
                if is_float(x) or is_float(y):
                    kind = f"상대 차이 {excess(x, y):.2g} > rtol {rtol:g} (찍힌 마지막 자리 한 단위를 뺀 뒤)"
                else:
                    kind = "정수는 정확히 같아야 함"
                problems.append(f"{n}행: 숫자 {x} → {y} ({kind})")
    return problems


def same(expected: str, actual: str, rtol: float = RTOL) -> bool:
    return not differences(expected, actual, rtol)


def largest_excess(expected: str, actual: str) -> float | None:
    """같은 모양의 두 출력에서 실수 쌍의 가장 큰 excess (tools/deviation.py). 모양이 다르면 None."""
    exp, act = normalise(expected), normalise(actual)
    if len(exp) != len(act):
        return None
    worst = 0.0
    for e, a in zip(exp, act):
        if e.skeleton != a.skeleton or len(e.numbers) != len(a.numbers):
            return None
        for x, y in zip(e.numbers, a.numbers):
            if is_float(x) or is_float(y):
                worst = max(worst, excess(x, y))
            elif int(x) != int(y):
                return None
    return worst


def report(expected: str, actual: str, expected_name: str, actual_name: str = "실제 출력", rtol: float = RTOL) -> str:
    """unified diff 와 다른 숫자 목록."""
    diff = difflib.unified_diff(
        expected.rstrip("\n").split("\n"),
        actual.rstrip("\n").split("\n"),
        fromfile=expected_name,
        tofile=actual_name,
        lineterm="",
    )
    problems = differences(expected, actual, rtol)
    return "\n".join(list(diff) + ["", "비교 규칙으로 본 차이 (docpages/compare.py):"] + ["  " + p for p in problems])
