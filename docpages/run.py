"""블록 → 실행 결과. 페이지의 블록을 작업 프로세스(docpages/_worker.py)에서 새 네임스페이스 하나로 순서대로 실행합니다.

- 작업 프로세스 하나를 여러 페이지가 차례로 씁니다 (TensorFlow import 는 프로세스마다 한 번). 페이지마다 새 네임스페이스이고,
  공통 준비 블록(clear_session + 시드)이 케라스 상태를 비웁니다. 부모 프로세스(pytest, mkdocs)는 TensorFlow 를 import 하지 않습니다.
- 블록마다 stdout, stderr, 그림(PNG), 걸린 시간을 따로 받습니다.
- 시간 제한: 블록이 제한(Block.timeout, 기본 60초, 페이지 머리말로 바꿈)을 넘으면 SIGINT 로 멈추게 합니다. 작업 프로세스는
  그 블록 안에서 KeyboardInterrupt 를 내고(어디서 멈췄는지가 traceback 에 남음) 다음 블록을 계속합니다. GRACE 초 안에
  멈추지 않으면(C 코드 안에서 멈춤 등) 작업 프로세스를 끝내고, 그 페이지의 남은 블록은 "실행하지 않음"으로 보고하며,
  다음 페이지는 새 작업 프로세스에서 실행합니다. 어느 경우든 나머지 실행은 계속 보고되고 `make test` 는 끝납니다.
- 실행 기록: 환경 변수 DOCPAGES_RUNLOG 가 파일을 가리키면, 페이지를 실행할 때마다 (목적, 페이지, 초) 한 줄을 더합니다.
  `make bench` 가 `make test` 안에서 페이지가 몇 번 실행되는지 재는 데 씁니다.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from docpages.pages import DEFAULT_TIMEOUT, ROOT, Block, rel, slug  # noqa: F401 (DEFAULT_TIMEOUT: 한곳에서 보이게)

WORKER = Path(__file__).with_name("_worker.py")
GRACE = 10.0  # 초: SIGINT 뒤 작업 프로세스가 블록을 멈추고 답하기를 기다리는 시간
# 블록을 실행하는 프로세스(작업 프로세스, 노트북 커널)의 환경. TensorFlow 시작 로그가 출력에 섞이지 않게 합니다.
EXEC_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
    "MPLBACKEND": "Agg",
}
# 블록이 만든 그림(실제 그림)과 비교가 실패했을 때의 차이 그림이 놓이는 곳 (gitignore)
ARTIFACTS = ROOT / "build" / "figures"
RUNLOG = "DOCPAGES_RUNLOG"


@dataclass
class BlockRun:
    stdout: str = ""
    stderr: str = ""
    error: str | None = None  # 전체 traceback
    seconds: float = 0.0
    timed_out: bool = False
    skipped: str | None = None  # 실행하지 않은 까닭 (앞 블록이 시간 제한을 넘겨 작업 프로세스를 끝냄)
    figures: list[Path] = field(default_factory=list)  # 블록이 만든 그림 (ARTIFACTS 아래)
    shown_value: str | None = None  # 마지막 식의 값(그림이 아닌 것)의 형: 노트북이라면 셀 아래에 보였을 값


@dataclass
class PageRun:
    page: Path
    blocks: list[Block]
    runs: list[BlockRun] = field(default_factory=list)
    seconds: float = 0.0


class Worker:
    """블록을 실행하는 파이썬 프로세스 하나."""

    def __init__(self):
        parent, child = socket.socketpair()
        self.cwd = tempfile.mkdtemp(prefix="docpages-")  # 블록이 상대 경로로 쓰는 파일이 저장소에 남지 않게
        self.log = tempfile.TemporaryFile()  # 블록 밖에서 작업 프로세스가 쓴 stderr (죽었을 때 보여 줍니다)
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(child.fileno())],
            pass_fds=(child.fileno(),),
            cwd=self.cwd,
            env=dict(os.environ, **EXEC_ENV),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        child.close()
        self.conn = Connection(parent.detach())

    def alive(self) -> bool:
        return self.proc.poll() is None

    def request(self, message, timeout: float | None = None):
        """메시지를 보내고 답을 기다립니다. 제한 시간 안에 답이 없으면 None."""
        self.conn.send(message)
        return self.conn.recv() if self.conn.poll(timeout) else None

    def interrupt(self) -> dict | None:
        """시간 제한을 넘긴 블록을 SIGINT 로 멈춥니다. GRACE 초 안에 답이 없으면 프로세스를 끝냅니다."""
        self.proc.send_signal(signal.SIGINT)
        if self.conn.poll(GRACE):
            return self.conn.recv()
        self.close(kill=True)
        return None

    def crash_log(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")[-3000:]

    def close(self, kill: bool = False) -> None:
        if self.alive():
            if kill:
                self.proc.kill()
            else:
                try:
                    self.conn.send(("exit",))
                    self.proc.wait(10)
                except (OSError, subprocess.TimeoutExpired):
                    self.proc.kill()
            self.proc.wait()
        self.conn.close()
        shutil.rmtree(self.cwd, ignore_errors=True)


_shared: Worker | None = None


def shared_worker() -> Worker:
    """이 프로세스의 작업 프로세스 (없거나 죽었으면 새로)."""
    global _shared
    if _shared is None or not _shared.alive():
        if _shared is not None:
            _shared.close(kill=True)
        _shared = Worker()
    return _shared


@atexit.register
def close_shared_worker() -> None:
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None


def figure_dir(page: Path) -> Path:
    return ARTIFACTS / slug(page)


def _timeout_message(block: Block, stopped: bool) -> str:
    how = (
        "작업 프로세스가 멈추지 않아 끝냈습니다."
        if not stopped
        else "KeyboardInterrupt 로 멈췄습니다. 아래 traceback 이 멈춘 곳입니다."
    )
    return (
        f"시간 제한 {block.timeout:g}초를 넘어 {how}\n"
        f"오래 걸리는 블록이면 페이지 머리말에 'timeouts: {{{Path(block.include).stem}: 초}}' 를 적으세요 (README \"시간 제한\")."
    )


def run_page(page: Path, blocks: list[Block], purpose: str = "doc tests") -> PageRun:
    """블록들을 새 네임스페이스 하나에서 순서대로 실행합니다."""
    result = PageRun(page=page, blocks=blocks)
    folder = figure_dir(page)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    worker = shared_worker()
    if worker.request(("page", str(folder)), timeout=60) is None:
        raise RuntimeError(f"작업 프로세스가 답하지 않습니다:\n{worker.crash_log()}")
    stopped_at: Block | None = None
    for block in blocks:
        run = BlockRun()
        result.runs.append(run)
        if stopped_at is not None:
            run.skipped = f"앞 블록 {stopped_at.number} ({rel(stopped_at.snippet_path)}) 이 시간 제한을 넘겨 작업 프로세스를 끝냈으므로 실행하지 않았습니다."
            continue
        t0 = time.perf_counter()
        answer = worker.request(("block", block.code, str(block.snippet_path), Path(block.include).stem), timeout=block.timeout)
        if answer is None and worker.alive():
            run.timed_out = True
            answer = worker.interrupt()
            if answer is None:
                stopped_at = block
                run.error = _timeout_message(block, stopped=False)
                run.seconds = time.perf_counter() - t0
                continue
            answer["error"] = _timeout_message(block, stopped=True) + "\n\n" + (answer["error"] or "")
        if answer is None:  # 작업 프로세스가 죽었습니다 (os._exit, 세그폴트 …)
            stopped_at = block
            run.error = f"블록을 실행하던 작업 프로세스가 끝났습니다 (종료 코드 {worker.proc.poll()}).\n{worker.crash_log()}"
            continue
        run.stdout, run.stderr, run.error = answer["stdout"], answer["stderr"], answer["error"]
        run.seconds = answer["seconds"]
        run.figures = [Path(p) for p in answer["figures"]]
        run.shown_value = answer.get("shown_value")
    result.seconds = time.perf_counter() - start
    record(purpose, page, result.seconds)
    return result


def record(purpose: str, page: Path, seconds: float) -> None:
    """DOCPAGES_RUNLOG 가 있으면 페이지 실행 한 번을 기록합니다 (make bench)."""
    path = os.environ.get(RUNLOG)
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"purpose": purpose, "page": slug(page), "seconds": round(seconds, 3)}) + "\n")
