"""검사기 자체 시험: 잘못된 입력을 임시 복사본에 심고, 검사기가 그것을 페이지·파일·줄과 함께 알리는지 확인합니다.

검사기가 틀린 출력을 통과시킨다면 검사가 없는 것보다 나쁘기 때문입니다.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docpages import compare, figures, run
from docpages.outputs import check
from docpages.pages import GUIDE, ROOT, SNIPPETS, PageError, read_blocks
from docpages.run import run_page

# ---------------------------------------------------------------- 비교 규칙 (docpages/compare.py)

TENSOR = """tf.Tensor(
[[-0.1159076  -0.07945716 -0.01148506  0.07412666]
 [ 0.1159076  -0.07945716 -0.01148506  0.07412666]], shape=(2, 4), dtype=float32)
weights: 6"""

MUTATIONS = {
    "숫자를 허용 오차 밖으로": TENSOR.replace("-0.07945716", "-0.07995716", 1),
    "유효숫자 넷째 자리를 바꿈": TENSOR.replace("-0.07945716", "-0.07946716", 1),
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


# 허용 오차의 경계: (기대, 실제, 같아야 하는지). rtol 은 compare.RTOL.
BOUNDARY = {
    "기대가 inf 이면 유한한 값은 다름": ("loss: inf", "loss: 12345.0", False),
    "inf 와 -inf 는 다름": ("loss: inf", "loss: -inf", False),
    "inf 는 inf 와 같음": ("loss: inf", "loss: inf", True),
    "nan 은 nan 과만 같음": ("loss: nan", "loss: 0.5", False),
    "작은 값의 부호가 바뀌면 다름": ("mean: 1.2e-06", "mean: -1.2e-06", False),
    "작은 값이 두 배가 되면 다름": ("mean: 3.1e-07", "mean: 6.2e-07", False),
    "마지막 자리 한 단위(반올림 경계)는 같음": ("loss: 0.2070", "loss: 0.2071", True),
    "마지막 자리 두 단위는 다름": ("loss: 0.2070", "loss: 0.2072", False),
    "float32 마지막 자리 잡음은 같음": ("-0.07945716", "-0.07945719", True),
    "rtol 바로 안쪽은 같음": ("1.00000000", f"{1 + 0.9 * compare.RTOL + 1e-8:.8f}", True),
    "rtol 의 두 배는 다름": ("1.00000000", f"{1 + 2 * compare.RTOL + 1e-8:.8f}", False),
    "0 이 아니게 되면 다름": ("0.0", "0.2", False),
}


@pytest.mark.parametrize("name", BOUNDARY)
def test_compare_tolerance_boundary(name):
    expected, actual, equal = BOUNDARY[name]
    assert compare.same(expected, actual) is equal, compare.report(expected, actual, "기대")


def test_page_rtol_widens_the_tolerance_only_where_set():
    assert not compare.same("loss: 0.20701", "loss: 0.20801")
    assert compare.same("loss: 0.20701", "loss: 0.20801", rtol=1e-2)


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
    result = run_page(page, blocks, purpose="checker self-test")
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


def test_stderr_is_reported_unless_the_block_prints_the_warning(tmp_path):
    warn = "import warnings\nwarnings.warn('조심하세요')\n"
    shown = "import warnings\nwith warnings.catch_warnings(record=True) as caught:\n    warnings.simplefilter('always')\n    warnings.warn('조심하세요')\nprint(caught[0].message)\n"
    page = make_page(tmp_path, PAGE, {"t/01_a.py": shown, "t/01_a.out": "조심하세요\n", "t/02_b.py": warn})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "page.md:12: 블록 2" in msg and "stderr" in msg and "UserWarning: 조심하세요" in msg, msg


def test_c_level_stderr_is_captured(tmp_path):
    code = "import os\nos.write(2, b'from C\\n')\n"
    page = make_page(tmp_path, PAGE, {"t/01_a.py": "print(3.0)\n", "t/01_a.out": "3.0\n", "t/02_b.py": code})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "from C" in msg


def test_last_expression_value_is_reported_because_a_notebook_shows_it(tmp_path):
    page = make_page(tmp_path, PAGE, {"t/01_a.py": "print(3.0)\n", "t/01_a.out": "3.0\n", "t/02_b.py": "y = [1]\ny.copy()\n"})
    [msg] = run_and_check(page, tmp_path / "snippets")
    assert "page.md:12: 블록 2" in msg and "builtins.list" in msg and "노트북" in msg, msg


HANGS = "import time\nwhile True:\n    time.sleep(0.1)\n"
TIMEOUT_PAGE = "---\ntimeout: 2\n---\n\n" + PAGE + '\n```python\n--8<-- "t/03_c.py"\n```\n'


def test_block_over_its_time_limit_is_stopped_and_the_rest_still_runs(tmp_path):
    files = {"t/01_a.py": HANGS, "t/01_a.out": "1\n", "t/02_b.py": "print('after')\n", "t/03_c.py": "y = 1\n"}
    page = make_page(tmp_path, TIMEOUT_PAGE, files)
    started = time.perf_counter()
    msgs = run_and_check(page, tmp_path / "snippets")
    took = time.perf_counter() - started
    assert took < 2 + run.GRACE, f"{took:.1f}초"
    first = msgs[0]
    assert "page.md:7: 블록 1" in first and "t/01_a.py" in first and "시간 제한 2초" in first, first
    assert "KeyboardInterrupt" in first and 't/01_a.py", line 3' in first, first  # 멈춘 곳
    # 다음 블록도 실행되어 판정을 받습니다 (출력 블록이 없는데 출력함).
    assert any("page.md:16: 블록 2" in m and "after" in m for m in msgs), msgs


def test_block_that_ignores_the_interrupt_ends_its_worker_and_the_next_page_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "GRACE", 1.0)
    stubborn = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    time.sleep(0.1)\n"
    files = {"t/01_a.py": stubborn, "t/01_a.out": "1\n", "t/02_b.py": "y = 2\n", "t/03_c.py": "y = 1\n"}
    page = make_page(tmp_path, TIMEOUT_PAGE, files)
    msgs = run_and_check(page, tmp_path / "snippets")
    assert "시간 제한 2초" in msgs[0] and "끝냈습니다" in msgs[0], msgs[0]
    assert all("실행하지 않았습니다" in m for m in msgs[1:]) and len(msgs) == 3, msgs
    good = make_page(tmp_path / "next", PAGE, {"t/01_a.py": "print(3.0)\n", "t/01_a.out": "3.0\n", "t/02_b.py": "y = 2\n"})
    assert run_and_check(good, tmp_path / "next" / "snippets") == []


def test_block_timeout_can_be_set_per_snippet(tmp_path):
    page = make_page(tmp_path, "---\ntimeouts: {01_a: 7.5}\n---\n\n" + PAGE, {"t/01_a.py": "x = 1\n", "t/02_b.py": "y = 2\n", "t/01_a.out": "1\n"})
    blocks = read_blocks(page, root=tmp_path / "snippets")
    assert [b.timeout for b in blocks] == [7.5, run.DEFAULT_TIMEOUT]


PLOT = """import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(3, 2))
ax.imshow(np.arange(64).reshape(8, 8), cmap="viridis")
title = ax.set_title("loss 0.123")
"""
FIGURE_PAGE = '# 그림\n\n```python\n--8<-- "t/01_plot.py"\n```\n\n![그림](t/01_plot.png)\n'


def _figure_problems(page, root):
    blocks = read_blocks(page, root=root)
    result = run_page(page, blocks, purpose="checker self-test")
    return blocks, result, [m for b, r in zip(blocks, result.runs) if (m := check(b, r, result))]


def test_figures_are_checked_like_outputs(tmp_path):
    """그림도 출력: 없으면 실패, make outputs 가 쓰고, 다시 그린 그림은 통과, 옮기거나 색을 바꾼 그림은 실패 (차이 그림과 함께)."""
    from PIL import Image

    root = tmp_path / "snippets"
    page = make_page(tmp_path, FIGURE_PAGE, {"t/01_plot.py": PLOT})
    blocks, result, [msg] = _figure_problems(page, root)
    assert "그림 1개를 그렸지만 저장소에는 0개" in msg and "page.md:3: 블록 1" in msg, msg

    written, kept = figures.update_block(blocks[0], result.runs[0].figures)
    target = root / "t" / "01_plot.png"
    assert written and target.exists() and kept == 0
    # 다시 그린 그림은 같고, make outputs 를 다시 해도 아무것도 바꾸지 않습니다.
    blocks, result, problems = _figure_problems(page, root)
    assert problems == []
    assert figures.update_block(blocks[0], result.runs[0].figures) == ([], 1)

    original = Image.open(target).convert("RGB")
    r, g, b = original.split()
    # 같은 코드에서 제목의 숫자 하나만 바꿔 그린 그림 (RMS 로는 작은 변화)
    relabelled = tmp_path / "relabelled.png"
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    namespace: dict = {}
    exec(PLOT.replace("loss 0.123", "loss 0.128"), namespace)
    namespace["fig"].savefig(relabelled, facecolor="white", metadata={"Software": None})
    plt.close("all")
    mutations = {
        "글자 하나를 바꿈": Image.open(relabelled).convert("RGB"),
        "1픽셀 옮김": original.transform(original.size, Image.AFFINE, (1, 0, -1, 0, 1, 0), fillcolor="white"),
        "색을 바꿈 (빨강↔파랑)": Image.merge("RGB", (b, g, r)),
        "크기를 바꿈": original.resize((original.width + 2, original.height)),
    }
    for name, image in mutations.items():
        image.save(target)
        [msg] = [m for b_, r_ in zip(blocks, result.runs) if (m := check(b_, r_, result))]
        assert "01_plot.png" in msg and "page.md:3" in msg, f"{name}: {msg}"
        if name != "크기를 바꿈":
            assert ("픽셀 RMS" in msg or "바뀐 픽셀" in msg) and "차이 그림" in msg, f"{name}: {msg}"
            diff = next(w for w in msg.split() if w.endswith("-failed-diff.png"))
            assert (ROOT / diff).exists() or Path(diff).exists(), f"{name}: 차이 그림 {diff} 이 없습니다"


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
    "머리말에 없는 snippet 의 시간 제한": ('---\ntimeouts: {99_nope: 5}\n---\n```python\n--8<-- "t/01_a.py"\n```\n', "99_nope"),
}


@pytest.mark.parametrize("name", BAD_PAGES)
def test_bad_page_structure_is_reported_with_line(tmp_path, name):
    body, needle = BAD_PAGES[name]
    text = body if body.startswith("---") else "# 시험\n\n" + body  # 머리말은 파일 맨 앞에
    page = make_page(tmp_path, text, {"t/01_a.py": "print(1)\n", "t/01_a.out": "1\n", "t/02_b.out": "1\n"})
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
    result = run_page(page, blocks, purpose="checker self-test")
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
