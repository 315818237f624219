"""검사기 자체 시험: 잘못된 입력을 임시 복사본에 심고, 검사기가 그것을 페이지·파일·줄과 함께 알리는지 확인합니다.

검사기가 틀린 출력을 통과시킨다면 검사가 없는 것보다 나쁘기 때문입니다.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import compare
from tests.docpages import GUIDE, ROOT, SNIPPETS, PageError, check, read_blocks, run_page

# ---------------------------------------------------------------- 비교 규칙 (tests/compare.py)

TENSOR = """tf.Tensor(
[[-0.1159076  -0.07945716 -0.01148506  0.07412666]
 [ 0.1159076  -0.07945716 -0.01148506  0.07412666]], shape=(2, 4), dtype=float32)
weights: 6"""

MUTATIONS = {
    "숫자를 허용 오차 밖으로": TENSOR.replace("-0.07945716", "-0.07995716", 1),
    "정수를 바꿈": TENSOR.replace("weights: 6", "weights: 7"),
    "형태를 바꿈": TENSOR.replace("shape=(2, 4)", "shape=(4, 2)"),
    "줄을 지움": "\n".join(TENSOR.split("\n")[:2] + TENSOR.split("\n")[3:]),
    "두 줄을 바꿈": "\n".join([TENSOR.split("\n")[0], TENSOR.split("\n")[2], TENSOR.split("\n")[1], TENSOR.split("\n")[3]]),
    "단어를 바꿈": TENSOR.replace("weights", "weight"),
    "dtype 을 바꿈": TENSOR.replace("float32", "float64"),
    "부호를 바꿈": TENSOR.replace("[ 0.1159076", "[-0.1159076"),
    "줄을 더함": TENSOR + "\nextra",
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_compare_reports_mutation(name):
    assert compare.differences(TENSOR, MUTATIONS[name]), f"비교 규칙이 '{name}' 을 놓쳤습니다"


SAME = {
    "float32 반올림 차이": TENSOR.replace("-0.07945716", "-0.07945719"),
    "numpy 정렬 공백": TENSOR.replace("[[-0.1159076  -0.07945716", "[[-0.1159076 -0.07945716"),
    "줄 끝 공백과 마지막 줄바꿈": TENSOR.replace("\n", "  \n") + "\n",
}


@pytest.mark.parametrize("name", SAME)
def test_compare_accepts_noise(name):
    assert compare.same(TENSOR, SAME[name]), compare.report(TENSOR, SAME[name], "원본")


def test_compare_normalises_timings_and_addresses_but_keeps_them():
    log = "Epoch 1/2\n45/45 - 1s - 21ms/step - loss: 0.6931\n<Foo object at 0x7f3a2b1c9d10>"
    other = "Epoch 1/2\n45/45 - 0s - 3ms/step - loss: 0.6932\n<Foo object at 0x7f00deadbeef>"
    assert compare.same(log, other)
    assert compare.differences(log, other.replace("loss: 0.6932", "loss: 0.7000"))
    assert compare.differences(log, other.replace("Epoch 1/2", "Epoch 2/2"))


def test_report_points_at_the_number():
    text = compare.report(TENSOR, MUTATIONS["숫자를 허용 오차 밖으로"], "a.out")
    assert "--- a.out" in text and "-0.07945716 → -0.07995716" in text


# ---------------------------------------------------------------- 페이지 단위 (임시 복사본)


def make_page(tmp_path: Path, body: str, files: dict[str, str]) -> Path:
    root = tmp_path / "snippets"
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(body, encoding="utf-8")
    return page


PAGE = """# 시험

```python
--8<-- "t/01_a.py"
```

<!--pytest-codeblocks:expected-output-->
```text title="출력"
--8<-- "t/01_a.out"
```

```python
--8<-- "t/02_b.py"
```
"""


def run_and_check(page: Path, root: Path) -> list[str]:
    blocks = read_blocks(page, root=root)
    result = run_page(page, blocks)
    return [m for b, r in zip(result.blocks, result.runs) if (m := check(b, r, result))]


def test_good_page_passes(tmp_path):
    page = make_page(tmp_path, PAGE, {"t/01_a.py": "x = 2\nprint(x * 1.5)\n", "t/01_a.out": "3.0\n", "t/02_b.py": "y = x\n"})
    assert run_and_check(page, tmp_path / "snippets") == []


def test_edited_output_gives_diff_with_page_file_and_line(tmp_path):
    page = make_page(tmp_path, PAGE, {"t/01_a.py": "x = 2\nprint(x * 1.5)\n", "t/01_a.out": "3.5\n", "t/02_b.py": "y = x\n"})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "page.md:3: 블록 1" in msg and "t/01_a.py" in msg and "page.md:9" in msg
    assert "-3.5" in msg and "+3.0" in msg and "3.5 → 3.0" in msg


def test_raising_block_gives_full_traceback_with_snippet_line(tmp_path):
    code = "x = 2\n\ndef f():\n    return 1 / 0\n\nprint(f())\n"
    page = make_page(tmp_path, PAGE, {"t/01_a.py": code, "t/01_a.out": "3.0\n", "t/02_b.py": "y = x\n"})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "실행 중 예외" in msg and "ZeroDivisionError" in msg
    assert 't/01_a.py", line 4, in f' in msg and 't/01_a.py", line 6' in msg


def test_block_printing_without_output_block_fails(tmp_path):
    page = make_page(tmp_path, PAGE, {"t/01_a.py": "print(1.0)\n", "t/01_a.out": "1.0\n", "t/02_b.py": "print('hidden')\n"})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "출력 블록이 없습니다" in msg and "hidden" in msg


def test_output_block_for_silent_code_fails(tmp_path):
    page = make_page(tmp_path, PAGE, {"t/01_a.py": "x = 1\n", "t/01_a.out": "1\n", "t/02_b.py": "y = 2\n"})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "아무것도 출력하지 않았는데" in msg


BAD_PAGES = {
    "```py 펜스": ("```py\n--8<-- \"t/01_a.py\"\n```\n", "'```py'"),
    "```python3 펜스": ("```python3\n--8<-- \"t/01_a.py\"\n```\n", "'```python3'"),
    "제목이 붙은 코드 펜스": ('```python title="a.py"\n--8<-- "t/01_a.py"\n```\n', "허용되지 않습니다"),
    "~~~ 펜스": ('~~~python\n--8<-- "t/01_a.py"\n~~~\n', "'~~~'"),
    "페이지에 직접 쓴 코드": ("```python\nprint(1)\n```\n", "include 줄 하나"),
    "표시 없는 출력 블록": ('```python\n--8<-- "t/01_a.py"\n```\n\n```text title="출력"\n--8<-- "t/01_a.out"\n```\n', "expected-output"),
    "다른 이름의 출력 파일": ('```python\n--8<-- "t/01_a.py"\n```\n\n<!--pytest-codeblocks:expected-output-->\n```text title="출력"\n--8<-- "t/02_b.out"\n```\n', "t/01_a.out"),
    "없는 snippet": ('```python\n--8<-- "t/nope.py"\n```\n', "t/nope.py"),
    "건너뛰기 표시": ('<!--pytest.mark.skip-->\n```python\n--8<-- "t/01_a.py"\n```\n', "건너뛰는"),
}


@pytest.mark.parametrize("name", BAD_PAGES)
def test_bad_page_structure_is_reported_with_line(tmp_path, name):
    body, needle = BAD_PAGES[name]
    page = make_page(tmp_path, "# 시험\n\n" + body, {"t/01_a.py": "print(1)\n", "t/01_a.out": "1\n", "t/02_b.out": "1\n"})
    with pytest.raises(PageError) as err:
        read_blocks(page, root=tmp_path / "snippets")
    assert "page.md" in str(err.value) and needle in str(err.value), str(err.value)


# ---------------------------------------------------------------- 실제 1장의 임시 복사본에 돌연변이 심기


def test_mutated_chapter_outputs_are_reported(tmp_path):
    root = tmp_path / "snippets"
    shutil.copytree(SNIPPETS, root)
    page = tmp_path / "01-layer.md"
    shutil.copy(GUIDE / "01-layer.md", page)
    blocks = read_blocks(page, root=root)
    result = run_page(page, blocks)
    assert [check(b, r, result) for b, r in zip(result.blocks, result.runs)] == [None] * len(blocks)

    target = root / "01-layer" / "09_linear_build_call.out"
    original = target.read_text(encoding="utf-8")
    lines = original.split("\n")
    mutations = {
        "숫자를 허용 오차 밖으로": original.replace("0.08174333", "0.08274333"),
        "줄을 지움": "\n".join(lines[:1] + lines[2:]),
        "두 줄을 바꿈": "\n".join([lines[1], lines[0]] + lines[2:]),
        "단어를 바꿈": original.replace("built", "build", 1),
    }
    for name, text in mutations.items():
        assert text != original, name
        target.write_text(text, encoding="utf-8")
        mutated = read_blocks(page, root=root)
        problems = [m for b, r in zip(mutated, result.runs) if (m := check(b, r, result))]
        assert len(problems) == 1 and "09_linear_build_call" in problems[0], f"돌연변이 '{name}' 이 보고되지 않았습니다"
    target.write_text(original, encoding="utf-8")


def test_missing_snippet_fails_the_build_naming_the_page(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(".git", ".venv*", "site", "build", "node_modules", "__pycache__"))
    page = repo / "docs" / "guide" / "01-layer.md"
    page.write_text(page.read_text(encoding="utf-8").replace("01-layer/06_compute_sum.out", "01-layer/06_missing.out"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=repo, capture_output=True, text=True,
    )
    assert proc.returncode != 0
    assert "docs/guide/01-layer.md:" in proc.stderr and "01-layer/06_missing.out" in proc.stderr, proc.stderr[-2000:]
