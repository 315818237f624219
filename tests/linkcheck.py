"""만든 사이트(site/)의 링크 검사. 네트워크를 쓰지 않습니다.

- 사이트 안 링크(a, link, script, img, source, iframe): 가리키는 파일이 site/ 에 있는지, #앵커가 그 페이지에 id 로 있는지.
  site_url(https://keras-custom-ko.github.io/keras-custom-ko/)로 시작하는 절대 주소(canonical 등)도 사이트 안 링크입니다.
- 이 저장소로 가는 링크(github.com/<저장소>/blob|edit|tree/main/<경로>): 그 파일이 작업 트리에 있는지.
  gh-pages 브랜치(만든 사이트)를 가리키는 링크와 Colab 링크는 site/ 에 그 파일이 있는지.
- 그 밖의 외부 링크는 가져오지 않고 목록만 만듭니다.

    python -m tests.linkcheck [site]        # 끊긴 링크가 있으면 종료 코드 1
"""

from __future__ import annotations

import posixpath
import re
import sys
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src", "area": "href"}
# Material 의 자바스크립트가 만드는 앵커 (정적 HTML 에는 없음)
DYNAMIC_ANCHORS = re.compile(r"^(__codelineno-|__code_|__search$|__drawer$|__toc$|__palette_)")


@dataclass
class Report:
    pages: int = 0
    links: int = 0
    anchors: int = 0
    broken: list[str] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [
            f"링크 검사: 페이지 {self.pages}개, 링크 {self.links}개 (앵커 {self.anchors}개) 확인, "
            f"끊긴 링크 {len(self.broken)}개, 외부 링크 {len(self.external)}개 (가져오지 않음)",
        ]
        if self.broken:
            lines.append("\n끊긴 링크:")
            lines += [f"  {b}" for b in self.broken]
        if self.external:
            lines.append("\n외부 링크 (목록만):")
            for url in sorted(self.external):
                pages = sorted(self.external[url])
                more = f" 외 {len(pages) - 1}쪽" if len(pages) > 1 else ""
                lines.append(f"  {url}   ← {pages[0]}{more}")
        if self.notes:
            lines.append("")
            lines += self.notes
        return "\n".join(lines)


def read_mkdocs_urls(root: Path = ROOT) -> tuple[str, str]:
    """mkdocs.yml 의 site_url 과 repo_url (yaml 태그(!!python/…) 때문에 줄로 읽습니다)."""
    site_url = repo_url = ""
    for line in (root / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(site_url|repo_url):\s*(\S+)", line)
        if m and m.group(1) == "site_url":
            site_url = m.group(2)
        elif m:
            repo_url = m.group(2)
    return site_url, repo_url


class Site:
    def __init__(self, site_dir: Path, site_url: str, repo_url: str = "", repo_root: Path = ROOT):
        self.dir = site_dir.resolve()
        self.site_url = site_url if site_url.endswith("/") else site_url + "/"
        self.prefix = urllib.parse.urlsplit(self.site_url).path or "/"
        self.repo_url = repo_url.rstrip("/")
        self.repo_root = repo_root
        self._ids: dict[Path, set[str]] = {}

    def ids(self, html_file: Path) -> set[str]:
        if html_file not in self._ids:
            soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
            found = {t["id"] for t in soup.find_all(id=True)}
            found |= {t["name"] for t in soup.find_all("a", attrs={"name": True})}
            self._ids[html_file] = found
        return self._ids[html_file]

    def page_url_path(self, html_file: Path) -> str:
        rel = html_file.relative_to(self.dir).as_posix()
        return self.prefix + rel

    def target_file(self, url_path: str) -> Path | None:
        """사이트 경로(/keras-custom-ko/guide/) → site/ 의 파일. 사이트 밖이면 None."""
        if not url_path.startswith(self.prefix):
            return None
        rel = urllib.parse.unquote(url_path[len(self.prefix) :])
        target = self.dir / rel
        if rel == "" or rel.endswith("/") or target.is_dir():
            target = target / "index.html"
        return target

    def check_repo_link(self, url: str) -> str | None:
        """이 저장소 / 만든 사이트(gh-pages) / Colab 으로 가는 링크면 (파일이 없을 때) 문제 설명, 아니면 None. 다른 곳이면 ''."""
        if not self.repo_url:
            return ""
        repo_path = urllib.parse.urlsplit(self.repo_url).path.strip("/")  # owner/name
        candidates = [
            (f"https://github.com/{repo_path}/", ""),
            (f"https://colab.research.google.com/github/{repo_path}/", "colab "),
        ]
        for base, kind in candidates:
            if not url.startswith(base):
                continue
            rest = urllib.parse.unquote(urllib.parse.urlsplit(url).path[len(urllib.parse.urlsplit(base).path) :])
            m = re.match(r"^(blob|edit|tree|raw)/([^/]+)/(.*)$", rest)
            if not m:
                return ""  # 저장소 첫 화면, issues 등
            branch, path = m.group(2), m.group(3)
            if branch == "gh-pages":
                where = self.dir / path
                if not where.exists():
                    return f"{kind}gh-pages 의 {path} 가 만든 사이트(site/{path})에 없습니다"
                return None
            if branch == "main":
                if not (self.repo_root / path).exists():
                    return f"{kind}main 브랜치의 {path} 가 저장소에 없습니다"
                return None
            return ""
        return ""


def check(site_dir: Path, site_url: str, repo_url: str = "", repo_root: Path = ROOT) -> Report:
    site = Site(site_dir, site_url, repo_url, repo_root)
    report = Report()
    gh_pages_links = 0
    for html_file in sorted(site.dir.rglob("*.html")):
        report.pages += 1
        page = html_file.relative_to(site.dir).as_posix()
        page_path = site.page_url_path(html_file)
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag_name, attr in LINK_ATTRS.items():
            for tag in soup.find_all(tag_name, attrs={attr: True}):
                href = tag[attr].strip()
                if not href or href.startswith(("javascript:", "data:", "blob:", "about:")):
                    continue
                report.links += 1
                parts = urllib.parse.urlsplit(href)
                if parts.scheme in ("mailto", "tel"):
                    report.external[href].add(page)
                    continue
                if parts.scheme or parts.netloc:
                    absolute = href if parts.scheme else "https:" + href
                    if absolute.startswith(site.site_url):
                        target_path = urllib.parse.urlsplit(absolute).path
                    else:
                        problem = site.check_repo_link(absolute)
                        if problem:
                            report.broken.append(f"{page}: {href} — {problem}")
                        elif problem is None and "/gh-pages/" in absolute:
                            gh_pages_links += 1
                        report.external[absolute.split("#")[0]].add(page)
                        continue
                elif parts.path == "":
                    target_path = page_path  # "#앵커" 만
                else:
                    target_path = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), parts.path))
                    # 폴더를 가리키는 링크(…/, ., ..)는 슬래시로 끝나게 (normpath 가 떼어 냅니다)
                    if parts.path.endswith("/") or parts.path.split("/")[-1] in (".", ".."):
                        target_path = target_path.rstrip("/") + "/"
                target = site.target_file(target_path)
                if target is None:
                    report.broken.append(f"{page}: {href} — 사이트({site.prefix}) 밖을 가리킵니다")
                    continue
                if not target.is_file():
                    report.broken.append(f"{page}: {href} — {target.relative_to(site.dir).as_posix()} 이 없습니다")
                    continue
                fragment = urllib.parse.unquote(parts.fragment)
                if fragment and target.suffix == ".html" and not DYNAMIC_ANCHORS.match(fragment):
                    report.anchors += 1
                    if fragment not in site.ids(target):
                        report.broken.append(
                            f"{page}: {href} — {target.relative_to(site.dir).as_posix()} 에 id=\"{fragment}\" 가 없습니다"
                        )
    if gh_pages_links:
        report.notes.append(
            f"참고: gh-pages 브랜치를 가리키는 링크 {gh_pages_links}개 (Colab 등)는 만든 사이트의 파일로 확인했습니다. "
            "이 링크들은 사이트가 gh-pages 브랜치로 게시될 때만 열립니다."
        )
    return report


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    site_dir = Path(args[0]) if args else ROOT / "site"
    if not (site_dir / "index.html").is_file():
        print(f"{site_dir}/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요.", file=sys.stderr)
        return 2
    site_url, repo_url = read_mkdocs_urls()
    report = check(site_dir, site_url, repo_url)
    print(report.text())
    return 1 if report.broken else 0


if __name__ == "__main__":
    sys.exit(main())
