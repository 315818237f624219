"""게시 워크플로(.github/workflows/deploy.yml) 검사. 네트워크 없이:

- check-jsonschema 에 들어 있는 GitHub 워크플로 스키마(vendor.github-workflows)로 문법을 검사합니다.
- zizmor --offline 으로 보안 검사: medium 이상 발견이 없어야 합니다 (낮은 것도 출력은 합니다).
- 모든 액션이 커밋 SHA(40자리)와 버전 주석으로 고정되어 있고, 기본 권한이 없고, make test 를 통과한 site/ 를 게시하는지.

두 도구는 requirements/test.txt 에 정확한 버전으로 고정되어 make test 가 설치합니다.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
DEPLOY = ROOT / ".github" / "workflows" / "deploy.yml"
FIX = "make test 가 requirements/test.txt 로 설치합니다 (check-jsonschema, zizmor)."


def _tool(name: str) -> str:
    """이 파이썬(venv)의 bin 에 있는 도구를 먼저 찾습니다."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} 가 없습니다. {FIX}", pytrace=False)
    return found


def _rel(p: Path) -> str:
    return str(p.relative_to(ROOT))


def test_deploy_workflow_exists():
    assert DEPLOY.is_file(), ".github/workflows/deploy.yml 이 없습니다"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_rel)
def test_workflow_schema(workflow):
    proc = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:
        pytest.fail(f"{_rel(workflow)} 가 GitHub 워크플로 스키마에 맞지 않습니다:\n{proc.stdout}{proc.stderr}", pytrace=False)


def zizmor_problem(workflow: Path) -> str | None:
    """zizmor 로 본 문제 (medium/high 발견, 또는 zizmor 자체의 실패). 없으면 None."""
    proc = subprocess.run(
        # --no-exit-codes: 발견은 아래에서 심각도로 판정하므로, 0 이 아닌 종료 코드는 zizmor 자체의 실패뿐입니다.
        [_tool("zizmor"), "--offline", "--no-exit-codes", "--format=json", str(workflow)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:  # 충돌이나 읽지 못한 워크플로가 통과로 보이지 않게
        return f"zizmor 가 실패했습니다 (코드 {proc.returncode}):\n{proc.stdout}{proc.stderr}"
    try:
        findings = json.loads(proc.stdout)
    except json.JSONDecodeError:
        return f"zizmor 의 JSON 출력을 읽을 수 없습니다:\n{proc.stdout}{proc.stderr}"
    serious = [f for f in findings if f["determinations"]["severity"] in ("Medium", "High") and not f.get("ignored")]
    if serious:
        text = subprocess.run(
            [_tool("zizmor"), "--offline", str(workflow)], cwd=ROOT, capture_output=True, text=True, timeout=120
        ).stdout
        return f"zizmor: {_rel(workflow)} 에 medium/high 발견 {len(serious)}개:\n\n{text}"
    return None


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_rel)
def test_workflow_zizmor(workflow):
    problem = zizmor_problem(workflow)
    if problem:
        pytest.fail(problem, pytrace=False)


def test_zizmor_failure_is_not_a_pass(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: [push\njobs: {", encoding="utf-8")
    assert "zizmor 가 실패했습니다" in (zizmor_problem(broken) or "")


def test_deploy_workflow_shape():
    text = DEPLOY.read_text(encoding="utf-8")
    uses = re.findall(r"^\s*(?:-\s*)?uses:\s*(\S+)(.*)$", text, flags=re.M)
    assert uses, "uses: 가 없습니다"
    for ref, rest in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", ref), f"{ref}: 액션은 40자리 커밋 SHA 로 고정합니다"
        assert re.search(r"#\s*v\d+(\.\d+)*", rest), f"{ref}: 버전 주석(# vX.Y.Z)이 없습니다"
    names = {ref.split("@")[0] for ref, _ in uses}
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= names
    assert re.search(r"^permissions:\s*\{\}\s*$", text, flags=re.M), "최상위 permissions 는 {} (작업마다 필요한 것만)"
    assert re.search(r"^\s*run:\s*make test\s*$", text, flags=re.M), "게시 전에 make test 를 실행해야 합니다"
    assert re.search(r"^\s*path:\s*site\s*$", text, flags=re.M), "make test 가 만든 site/ 를 올려야 합니다"
    assert re.search(r"branches:\s*\[main\]", text), "main 에서만 게시합니다"
