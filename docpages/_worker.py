"""작업 프로세스: 부모(docpages.run)가 보낸 블록을 실행하고 결과를 돌려줍니다. 표준 라이브러리만 씁니다.

부모와는 소켓 하나(multiprocessing.connection.Connection, 파일 기술자 번호는 argv[1])로 이야기합니다.
stdout·stderr 는 블록의 출력을 모으는 데 쓰므로 통신에 쓰지 않습니다.

받는 것:
- ("page", 그림 폴더)  새 네임스페이스로 페이지를 시작합니다. 경고 기록도 처음처럼 되돌립니다 (새 노트북 커널과 같게).
- ("block", 코드, 파일 이름, 그림 이름)  블록 하나를 실행합니다.
- ("exit",)
돌려주는 것(블록마다): {"stdout", "stderr", "error", "seconds", "interrupted", "figures"}

- stdout·stderr 는 파일 기술자 1·2 를 임시 파일로 바꿔 모읍니다 (C 코드가 쓴 것도).
- 부모가 시간 제한을 넘긴 블록에 SIGINT 를 보내면 KeyboardInterrupt 가 그 블록 안에서 나고, 어디서 멈췄는지가
  traceback 에 남습니다. 블록 밖에서 온 SIGINT 는 무시합니다.
- 그림: 블록이 끝났을 때 열려 있는 matplotlib 그림과, 블록의 마지막 식이 PNG 로 보이는 객체(_repr_png_, 예:
  keras.utils.plot_model 이 돌려주는 IPython Image)를 노트북이 보여 주는 순서대로 PNG 로 씁니다.
"""

from __future__ import annotations

import ast
import base64
import io
import os
import signal
import sys
import tempfile
import time
import traceback
import warnings

# python docpages/_worker.py 로 실행되므로 sys.path[0] 은 이 폴더입니다. 블록이 이 폴더의 모듈을 import 하지 않게 뺍니다.
if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    del sys.path[0]

from multiprocessing.connection import Connection  # noqa: E402

_in_block = False
_initial_filters = list(warnings.filters)


def _on_sigint(signum, frame):
    if _in_block:
        raise KeyboardInterrupt("시간 제한을 넘겨 멈췄습니다")


def _traceback(exc: BaseException) -> str:
    """독자에게 보일 traceback: 이 모듈의 프레임(exec 호출, SIGINT 처리)은 독자와 무관하므로 뺍니다."""
    te = traceback.TracebackException.from_exception(exc)
    chain = te
    while chain is not None:
        chain.stack = traceback.StackSummary.from_list([f for f in chain.stack if f.filename != __file__])
        chain = chain.__cause__ or chain.__context__
    return "".join(te.format())


def _split_last_expression(code: str, filename: str):
    """노트북처럼: 마지막 문장이 식이면 따로 떼어 그 값을 얻습니다 (그 값이 그림일 때만 씁니다)."""
    tree = ast.parse(code, filename)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
        return compile(tree, filename, "exec"), compile(last, filename, "eval")
    return compile(tree, filename, "exec"), None


def _save_figures(value, folder: str, stem: str) -> list[str]:
    pngs: list[bytes] = []
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        for num in plt.get_fignums():
            fig = plt.figure(num)
            buf = io.BytesIO()
            # 같은 그림이면 같은 바이트: 만든 프로그램·시각 같은 메타데이터는 쓰지 않습니다. 어두운 모드에서도 읽히게 흰 바탕.
            fig.savefig(buf, format="png", facecolor="white", metadata={"Software": None})
            pngs.append(buf.getvalue())
        plt.close("all")
    repr_png = getattr(value, "_repr_png_", None)
    if callable(repr_png):
        data = repr_png()
        if isinstance(data, tuple):  # (데이터, 메타데이터)
            data = data[0]
        if isinstance(data, str):  # IPython 9 의 Image 는 base64 글자로 돌려줍니다
            data = base64.b64decode(data)
        if isinstance(data, bytes):
            pngs.append(data)
    paths = []
    for k, data in enumerate(pngs, 1):
        name = f"{stem}.png" if k == 1 else f"{stem}-{k}.png"
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths


class Capture:
    """파일 기술자 1·2 를 블록 동안 임시 파일로 돌립니다."""

    def __init__(self):
        self.files = [tempfile.TemporaryFile(), tempfile.TemporaryFile()]
        self.saved = [os.dup(1), os.dup(2)]

    def __enter__(self):
        sys.stdout.flush()
        sys.stderr.flush()
        for fd, f in zip((1, 2), self.files):
            f.seek(0)
            f.truncate()
            os.dup2(f.fileno(), fd)
        return self

    def __exit__(self, *exc):
        sys.stdout.flush()
        sys.stderr.flush()
        for fd, saved in zip((1, 2), self.saved):
            os.dup2(saved, fd)
        return False

    def read(self) -> tuple[str, str]:
        texts = []
        for f in self.files:
            f.seek(0)
            texts.append(f.read().decode("utf-8", errors="replace"))
        return texts[0], texts[1]


def main() -> None:
    global _in_block
    conn = Connection(int(sys.argv[1]))
    signal.signal(signal.SIGINT, _on_sigint)
    capture = Capture()
    namespace: dict = {}
    folder = tempfile.mkdtemp()
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        kind = message[0]
        if kind == "exit":
            return
        if kind == "page":
            folder = message[1]
            namespace = {"__name__": "__main__"}
            # 새 커널처럼 같은 경고가 다시 한 번 보이게 합니다: resetwarnings() 는 모든 __warningregistry__ 를 무효로 하고,
            # 필터는 프로세스를 시작할 때의 것(파이썬 기본값, 노트북 커널과 같음)으로 되돌립니다.
            warnings.resetwarnings()
            warnings.filters[:] = _initial_filters
            conn.send({"ok": True})
            continue
        _, code, filename, stem = message
        result = {"error": None, "interrupted": False, "figures": []}
        value = None
        start = time.perf_counter()
        with capture:
            try:
                _in_block = True
                body, last = _split_last_expression(code, filename)
                exec(body, namespace)
                if last is not None:
                    value = eval(last, namespace)
            except BaseException as exc:  # noqa: BLE001 - 독자에게 보일 traceback 을 그대로 보고합니다.
                result["interrupted"] = isinstance(exc, KeyboardInterrupt)
                result["error"] = _traceback(exc)
            finally:
                _in_block = False
            if value is not None and not callable(getattr(value, "_repr_png_", None)):
                # 노트북은 셀의 마지막 식의 값을 셀 아래에 보여 줍니다 (Out[]). 페이지에는 없으므로 알립니다.
                result["shown_value"] = f"{type(value).__module__}.{type(value).__qualname__}"
            try:
                result["figures"] = _save_figures(value, folder, stem)
            except Exception as exc:  # noqa: BLE001
                result["error"] = (result["error"] or "") + "그림을 PNG 로 저장하지 못했습니다:\n" + _traceback(exc)
        result["seconds"] = time.perf_counter() - start
        result["stdout"], result["stderr"] = capture.read()
        conn.send(result)


if __name__ == "__main__":
    main()
