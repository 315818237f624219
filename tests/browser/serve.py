"""만든 사이트(site/)를 실제 호스트(GitHub Pages)처럼 127.0.0.1 에서만 내보내는 작은 서버. 표준 라이브러리만 씁니다.

- 사이트 주소의 경로(site_url 의 /keras-custom-ko/) 아래에서 내보냅니다. 404.html 은 이 경로로 된 절대 주소를 쓰므로
  루트에서 내보내면 404 페이지의 CSS·JS 가 깨집니다.
- 텍스트(HTML, CSS, JS, JSON, SVG, XML)는 브라우저가 Accept-Encoding: gzip 을 보내면 gzip 으로 압축합니다.
- 폴더 주소는 index.html, 슬래시 없는 폴더 주소는 301 로 슬래시를 붙이고, 없는 주소는 404.html 과 상태 404.
- HTTP/1.1 keep-alive, Content-Length, Cache-Control: max-age=600, Last-Modified/ETag (GitHub Pages 와 같음).

    python3 tests/browser/serve.py site --prefix /keras-custom-ko/ --port 0

첫 줄에 `serving http://127.0.0.1:PORT/prefix/` 를 출력합니다 (check.mjs 가 이 줄로 주소를 압니다).
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import ipaddress
import mimetypes
import posixpath
import sys
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSIBLE = {
    "text/html",
    "text/css",
    "text/plain",
    "text/xml",
    "application/javascript",
    "text/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
    "application/manifest+json",
}
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".mjs": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".ipynb": "application/json; charset=utf-8",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".gz": "application/gzip",
}


class Site:
    """파일 내용과 gzip 본을 처음 요청될 때 한 번만 만들어 둡니다."""

    def __init__(self, root: Path, prefix: str):
        self.root = root.resolve()
        self.prefix = prefix
        self._cache: dict[Path, tuple[bytes, bytes | None, str, str, str]] = {}
        self._lock = threading.Lock()

    def load(self, path: Path):
        with self._lock:
            if path not in self._cache:
                body = path.read_bytes()
                ctype = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                zipped = None
                if ctype.split(";")[0] in COMPRESSIBLE and len(body) > 256:
                    zipped = gzip.compress(body, compresslevel=6, mtime=0)
                mtime = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                self._cache[path] = (body, zipped, ctype, mtime, etag)
            return self._cache[path]

    def resolve(self, url_path: str) -> tuple[str, Path | None]:
        """('file', 경로) | ('redirect', None) | ('missing', None)"""
        if not url_path.startswith(self.prefix):
            return "missing", None
        rel = posixpath.normpath(urllib.parse.unquote(url_path[len(self.prefix) :]))
        if rel in (".", ""):
            rel = ""
        if rel.startswith("..") or rel.startswith("/"):
            return "missing", None
        target = (self.root / rel).resolve()
        if self.root not in target.parents and target != self.root:
            return "missing", None
        if target.is_dir():
            if not url_path.endswith("/"):
                return "redirect", None
            target = target / "index.html"
        if target.is_file():
            return "file", target
        return "missing", None


def make_handler(site: Site, quiet: bool):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "site-check"
        sys_version = ""

        def log_message(self, fmt, *args):  # noqa: D102 - 조용히 (오류만 stderr)
            if not quiet:
                sys.stderr.write("serve: " + fmt % args + "\n")

        def do_HEAD(self):  # noqa: N802
            self.respond(head=True)

        def do_GET(self):  # noqa: N802
            self.respond(head=False)

        def respond(self, head: bool):
            parsed = urllib.parse.urlsplit(self.path)
            kind, path = site.resolve(parsed.path)
            if kind == "redirect":
                location = parsed.path + "/" + (f"?{parsed.query}" if parsed.query else "")
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = HTTPStatus.OK
            if kind == "missing":
                status = HTTPStatus.NOT_FOUND
                path = site.root / "404.html"
                if not path.is_file():
                    self.send_response(status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
            body, zipped, ctype, mtime, etag = site.load(path)
            if status == HTTPStatus.OK and self.headers.get("If-None-Match") == etag:
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            accepts_gzip = "gzip" in (self.headers.get("Accept-Encoding") or "")
            payload = zipped if (zipped is not None and accepts_gzip) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Cache-Control", "max-age=600")
            self.send_header("Last-Modified", mtime)
            self.send_header("ETag", etag)
            if zipped is not None:
                self.send_header("Vary", "Accept-Encoding")
            if payload is zipped:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            if not head:
                self.wfile.write(payload)

    return Handler


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--prefix", default="/", help="사이트 주소의 경로, 예: /keras-custom-ko/")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8001)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not ipaddress.ip_address(args.host).is_loopback:
        ap.error("loopback 주소(127.0.0.1)에서만 내보냅니다")
    if not (args.site / "index.html").is_file():
        print(f"serve: {args.site}/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요.", file=sys.stderr)
        return 2
    prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"
    site = Site(args.site, prefix)
    httpd = ThreadingHTTPServer((args.host, args.port), make_handler(site, quiet=not args.verbose))
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    print(f"serving http://{host}:{port}{prefix}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
