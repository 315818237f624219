"""용어 한곳에서: docs/terms.yml → 용어집 표, 모든 페이지의 툴팁, 용어 검사. TensorFlow 는 import 하지 않습니다.

사이트 빌드(hooks/terms.py, mkdocs 이벤트만)와 테스트(tests/test_terms.py)가 이 모듈을 씁니다.
- TooltipExtension: 본문의 용어에 툴팁(<abbr title="English — 뜻">)을 다는 마크다운 확장.
  Python-Markdown 의 abbr 확장은 낱말 경계(\\b)로 찾기 때문에 "가중치를"처럼 조사가 붙은 말을 놓칩니다.
  이 확장은 한국어 낱말의 시작에서 용어를 찾고 뒤에 무엇이 붙어도 되므로 "가중치를"의 "가중치"에 툴팁이 붙습니다.
  코드(<pre>, <code>), 제목, 상자 제목, 이미 만든 <abbr> 안은 건드리지 않습니다.
- glossary_markdown / first_explained: 용어집 페이지의 표와 "처음 나오는 곳" 링크. 빌드할 때마다 terms.yml 과
  페이지들에서 새로 만들므로 생성된 표는 저장소에 없습니다.

검사: check_page() 가 페이지와 줄을 담은 Problem 목록을 돌려줍니다.
- 본문에 쓰지 않는 표기(banned)가 있으면 문제.
- 페이지에서 용어를 처음 쓸 때 바로 뒤에 영어 원어가 괄호로 없으면 문제: 가중치(weight).
- 괄호 속 영어 원어가 다른 한국어 뒤에 붙어 있으면 문제: 추적(tracing) → 트레이싱(tracing).
- 검사하지 않는 곳: 코드 블록, 인라인 코드, HTML 주석, 링크 주소와 URL, include 줄, 인용문(> …).
  따옴표 안("…", “…”)은 인용이므로 쓰지 않는 표기가 있어도 되고(옛 API 이름, 오류 메시지, 다른 글),
  제목·상자 제목·따옴표 안·front matter 의 description 은 "처음 쓰는 곳"으로 치지 않습니다
  (거기서 영어를 붙였다면 처음 쓴 것으로 인정합니다). 쓰지 않는 표기는 제목과 description 에서도 찾습니다.
"""

from __future__ import annotations

import functools
import html as htmllib
import logging
import posixpath
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from docpages.pages import ADMONITION

log = logging.getLogger("mkdocs.docpages.terms")

TERMS_FILE = "terms.yml"
GLOSSARY_PAGE = "glossary.md"
MARKER = "<!-- terms-table -->"

HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff"
HANGUL_RE = re.compile(f"[{HANGUL}]")
# 검사에서 뺀 부분(코드, 따옴표 안, URL)이 있던 자리. 한글이 아니므로 낱말 경계 역할도 합니다.
HOLE = "\ufffc"


# ---------------------------------------------------------------- 용어 파일


@dataclass(frozen=True)
class Term:
    ko: str
    en: str
    definition: str
    banned: tuple[str, ...] = ()
    match: str = ""
    ignore: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    first: str | None = None

    @property
    def form(self) -> str:
        """본문에서 찾는 형태."""
        return self.match or self.ko

    @property
    def anchor(self) -> str:
        """용어집에서 이 용어 행의 앵커."""
        return slug(self.ko)

    @property
    def title(self) -> str:
        """툴팁 글: 영어 원어 — 뜻."""
        return f"{self.en} — {self.definition}"


@dataclass(frozen=True)
class Name:
    """원래 이름 그대로 쓰는 제품·라이브러리 이름 (TensorFlow), 또는 정한 표기 (Keras 3, 처음부터 끝까지)."""

    name: str
    banned: tuple[str, ...] = ()
    spelling: bool = False  # terms.yml 의 spellings: 용어집 표 아래 "이렇게 씁니다" 문장에 나옵니다


@dataclass
class Glossary:
    terms: list[Term]
    names: list[Name] = field(default_factory=list)

    def __post_init__(self):
        self.scanner = Scanner(self)


def slug(text: str) -> str:
    from pymdownx.slugs import slugify

    return slugify(case="lower")(text, "-")


def load(path: Path | str) -> Glossary:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    terms = [
        Term(
            ko=t["ko"].strip(),
            en=t["en"].strip(),
            definition=" ".join(t["definition"].split()),
            banned=tuple(t.get("banned") or ()),
            match=(t.get("match") or "").strip(),
            ignore=tuple(t.get("ignore") or ()),
            allow=tuple(t.get("allow") or ()),
            first=t.get("first"),
        )
        for t in data["terms"]
    ]
    names = [Name(name=n["name"], banned=tuple(n.get("banned") or ())) for n in data.get("names") or ()]
    names += [Name(name=n["use"], banned=tuple(n.get("banned") or ()), spelling=True) for n in data.get("spellings") or ()]
    return Glossary(terms, names)


# ---------------------------------------------------------------- 본문에서 용어 찾기


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    kind: str  # "term" | "banned"
    term: Term | None = None  # kind == "term": 그 용어, "banned": 대신 쓸 용어 (이름이면 None)
    name: Name | None = None  # 쓰지 않는 표기가 제품 이름의 것일 때
    word_end: int = 0  # 영어 원어 괄호가 올 자리: 보통 end, match 로 줄기만 찾는 용어는 낱말 끝 (훈련 가능한|(trainable))

    @property
    def instead(self) -> str:
        return self.name.name if self.name else f"{self.term.ko}({self.term.en})"


class Scanner:
    """용어·쓰지 않는 표기·허용된 말을 한국어 낱말의 시작에서 찾습니다. 같은 곳에서는 가장 긴 것이 이깁니다."""

    def __init__(self, glossary: Glossary):
        entries: dict[str, tuple[str, object]] = {}
        for t in glossary.terms:
            entries[t.form] = ("term", t)
            for b in t.banned:
                entries.setdefault(b, ("banned", t))
            for a in t.allow:
                entries.setdefault(a, ("allow", t))
        for n in glossary.names:
            for b in n.banned:
                entries.setdefault(b, ("banned", n))
        self.entries = entries
        parts = []
        for text in sorted(entries, key=len, reverse=True):
            body = r"\s+".join(re.escape(w) for w in text.split())
            before = f"[{HANGUL}]" if HANGUL_RE.match(text[0]) else rf"[{HANGUL}\w]"
            parts.append(f"(?<!{before}){body}")
        self.regex = re.compile("|".join(parts))
        self.ignores = {
            t.form: [re.compile(p) for p in t.ignore] for t in glossary.terms if t.ignore
        }
        # 영어 원어 → 용어 (긴 것부터: "training loop" 가 "training" 보다 먼저)
        self.by_english = sorted(glossary.terms, key=lambda t: len(t.en), reverse=True)

    def find(self, text: str) -> list[Hit]:
        hits = []
        for m in self.regex.finditer(text):
            key = " ".join(m.group().split())
            kind, obj = self.entries[key]
            if kind == "allow":
                continue
            if kind == "banned" and isinstance(obj, Term) and self._is_own_english(text, m, obj):
                continue  # 구성(config): 괄호 속 영어 원어는 쓰지 않는 표기가 아닙니다
            if kind == "term" and any(p.match(text, m.start()) for p in self.ignores.get(key, ())):
                continue
            if kind == "term":
                word_end = m.end()
                if obj.match:
                    while word_end < len(text) and HANGUL_RE.match(text[word_end]):
                        word_end += 1
                hits.append(Hit(m.start(), m.end(), m.group(), "term", term=obj, word_end=word_end))
            elif isinstance(obj, Name):
                hits.append(Hit(m.start(), m.end(), m.group(), "banned", name=obj))
            else:
                hits.append(Hit(m.start(), m.end(), m.group(), "banned", term=obj))
        return hits

    @staticmethod
    def _is_own_english(text: str, m: re.Match, term: Term) -> bool:
        """쓰지 않는 표기로 찾은 말이 그 용어의 영어 원어 자체이고 괄호 바로 안에 있는가: 구성(config)."""
        return m.group().lower() == term.en.lower() and text[: m.start()].rstrip().endswith("(")

    def english_after(self, text: str, end: int) -> Term | None:
        """text[end:] 이 "(영어 원어" 로 시작하면 그 용어 (가장 긴 영어 원어)."""
        if not text.startswith("(", end):
            return None
        rest = text[end + 1 :].lstrip()
        for t in self.by_english:
            n = len(t.en)
            # 괄호 안이 영어 원어 하나이거나 "영어 원어, 덧붙임" 일 때만: (forward pass, `call` 메서드)
            if rest[:n].lower() == t.en.lower() and re.match(r"\s*[),;]", rest[n:]):
                return t
        return None


# ---------------------------------------------------------------- 페이지 → 검사할 글 (줄 번호와 함께)


@dataclass(frozen=True)
class Line:
    lineno: int  # 원본 페이지의 줄 (1부터)
    text: str  # 독자에게 보이는 글자. 코드·URL·따옴표 안은 HOLE 로 바뀌어 있습니다
    kind: str  # "prose" | "heading" | "title" (상자 제목) | "meta" (front matter)
    quoted: tuple[tuple[int, int, str], ...] = ()  # 따옴표 안: (시작, 끝, 원래 글자) — 영어 원어 확인용


FENCE_OPEN = re.compile(r"^\s*(`{3,}|~{3,})")
HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HRULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
INCLUDE = re.compile(r"^\s*-+8<-+(\s+\S.*)?$")
DEFINITION = re.compile(r"^\s*(\[[^\]^][^\]]*\]|\*\[[^\]]+\]):")  # [ref]: url, *[abbr]: …
QUOTE = re.compile(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|「[^」\n]*」|『[^』\n]*』')
URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

_inline_md = None


@functools.lru_cache(maxsize=4096)
def _render_inline(text: str) -> str:
    """마크다운 한 줄을 Python-Markdown 으로 그려, 독자에게 보이는 글자만 돌려줍니다 (코드는 HOLE)."""
    global _inline_md
    if _inline_md is None:
        _inline_md = markdown.Markdown(extensions=["attr_list", "md_in_html"])
    _inline_md.reset()
    soup = BeautifulSoup(_inline_md.convert(text), "html.parser")
    for el in soup.find_all(["code", "kbd", "samp", "pre", "script", "style"]):
        el.replace_with(HOLE)
    return " ".join(soup.get_text().split("\n")).strip()


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group())


def _unbalanced_backticks(line: str) -> bool:
    runs = re.findall(r"(?<!\\)`+", line)
    return len(runs) % 2 == 1


@functools.lru_cache(maxsize=64)
def prose_lines(source: str) -> tuple[Line, ...]:
    """페이지 원본에서 검사할 줄들. 줄의 구조(제목, 펜스, 상자, 인용문…)는 여기서, 줄 안의 마크다운은 Python-Markdown 이 읽습니다."""
    lines = HTML_COMMENT.sub(_blank, source).split("\n")
    out: list[Line] = []
    i = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                for k in range(1, j):
                    m = re.match(r"\s*(description|title)\s*:\s*(.*)$", lines[k])
                    if m:
                        out.append(_make_line(k + 1, m.group(2).strip().strip("'\""), "meta", render=False))
                i = j + 1
                break
    fence: str | None = None
    in_snippet_block = False
    while i < len(lines):
        raw = lines[i]
        lineno = i + 1
        i += 1
        if fence:
            if re.match(rf"^\s*{re.escape(fence[0])}{{{len(fence)},}}\s*$", raw):
                fence = None
            continue
        if m := FENCE_OPEN.match(raw):
            fence = m.group(1)
            continue
        stripped = raw.strip()
        if re.fullmatch(r"-+8<-+", stripped):
            in_snippet_block = not in_snippet_block
            continue
        if in_snippet_block or not stripped or INCLUDE.match(raw) or TABLE_RULE.match(raw) or HRULE.match(raw):
            continue
        if DEFINITION.match(raw) or stripped.startswith(">"):
            continue  # 링크 정의, 인용문 (다른 글이나 메시지를 옮긴 것)
        if m := HEADING.match(raw):
            out.append(_make_line(lineno, re.sub(r"\s*\{[^}]*\}\s*$", "", m.group(2)), "heading"))
            continue
        if m := ADMONITION.match(raw):
            if m.group("title"):
                out.append(_make_line(lineno, m.group("title"), "title"))
            continue
        # 여러 줄에 걸친 인라인 코드는 닫힐 때까지 이어서 읽습니다 (문제는 첫 줄로 알립니다).
        while _unbalanced_backticks(stripped) and i < len(lines) and lines[i].strip() and not FENCE_OPEN.match(lines[i]):
            stripped += " " + lines[i].strip()
            i += 1
        out.append(_make_line(lineno, stripped, "prose"))
    return tuple(out)


def _make_line(lineno: int, text: str, kind: str, render: bool = True) -> Line:
    plain = _render_inline(text) if render else text
    plain = URL.sub(lambda m: HOLE, plain)
    quoted = []
    pieces = []
    pos = 0
    for m in QUOTE.finditer(plain):
        pieces.append(plain[pos : m.start()])
        start = sum(len(p) for p in pieces)
        pieces.append(HOLE)
        quoted.append((start, start + 1, m.group()[1:-1]))
        pos = m.end()
    pieces.append(plain[pos:])
    return Line(lineno, "".join(pieces), kind, tuple(quoted))


# ---------------------------------------------------------------- 검사


@dataclass(frozen=True)
class Problem:
    page: str
    lineno: int
    message: str

    def __str__(self) -> str:
        return f"{self.page}:{self.lineno}: {self.message}"


def _context(text: str, start: int, end: int, width: int = 18) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    show = lambda s: s.replace(HOLE, "…")  # noqa: E731
    return f"「{'…' if start > width else ''}{show(left)}[{text[start:end]}]{show(right)}{'…' if end + width < len(text) else ''}」"


def check_lines(lines: tuple[Line, ...] | list[Line], glossary: Glossary, page: str) -> list[Problem]:
    scanner = glossary.scanner
    problems: list[Problem] = []
    introduced: set[str] = set()
    for line in lines:
        texts = [(line.text, line.kind)] + [(q, "quoted") for _, _, q in line.quoted]
        for text, kind in texts:
            for hit in scanner.find(text):
                if hit.kind == "banned":
                    if kind != "quoted":
                        problems.append(
                            Problem(page, line.lineno, f"쓰지 않는 표기 '{hit.text}' — {hit.instead}로 씁니다: {_context(text, hit.start, hit.end)}")
                        )
                    continue
                term = hit.term
                english = scanner.english_after(text, hit.word_end)
                if english is not None and english != term:
                    if kind == "quoted":
                        continue
                    problems.append(
                        Problem(
                            page,
                            line.lineno,
                            f"'{hit.text}({english.en})': 영어 원어 {english.en}에 맞는 용어는 '{english.ko}'입니다. '{english.ko}({english.en})'처럼 씁니다: "
                            f"{_context(text, hit.start, hit.end)}",
                        )
                    )
                    continue
                if term.ko in introduced:
                    continue
                if english == term:
                    introduced.add(term.ko)
                elif kind == "prose":
                    introduced.add(term.ko)
                    problems.append(
                        Problem(
                            page,
                            line.lineno,
                            f"이 페이지에서 처음 쓰는 용어 '{term.ko}'에 영어 원어가 없습니다. '{term.ko}({term.en})'처럼 씁니다: "
                            f"{_context(text, hit.start, hit.word_end)}",
                        )
                    )
        # 괄호 속 영어 원어가 용어가 아닌 말 뒤에 붙은 경우: 층(layer), 추적(tracing) …
        for text in [line.text]:
            term_ends = {h.word_end if h.kind == "term" else h.end for h in scanner.find(text)}
            for m in re.finditer(r"\(", text):
                english = scanner.english_after(text, m.start())
                if english is None or m.start() in term_ends:
                    continue
                before = re.search(rf"[{HANGUL}\w]+(?:\s[{HANGUL}\w]+)?$", text[: m.start()])
                word = before.group() if before and HANGUL_RE.search(before.group()) else None
                if word:
                    problems.append(
                        Problem(
                            page,
                            line.lineno,
                            f"'{word}({english.en})': 영어 원어 {english.en}에 맞는 용어는 '{english.ko}'입니다. '{english.ko}({english.en})'처럼 씁니다: "
                            f"{_context(text, m.start() - len(word), m.start())}",
                        )
                    )
    return sorted(set(problems), key=lambda p: (p.lineno, p.message))


def check_page(path: Path, glossary: Glossary, page: str | None = None) -> list[Problem]:
    """페이지 하나를 검사합니다. page 는 메시지에 쓸 이름 (기본: 경로)."""
    path = Path(path)
    return check_lines(prose_lines(path.read_text(encoding="utf-8")), glossary, page or str(path))


def check_definitions(glossary: Glossary) -> list[str]:
    """terms.yml 자체의 일관성: 겹치는 표기, 뜻에 쓴 금지 표기."""
    found = []
    seen: dict[str, str] = {}
    for t in glossary.terms:
        for text in (t.ko, t.form, t.en.lower(), *t.banned):
            owner = seen.setdefault(text, t.ko)
            if owner != t.ko:
                found.append(f"'{text}' 가 '{owner}' 와 '{t.ko}' 두 항목에 있습니다")
        if not t.definition or "\n" in t.definition:
            found.append(f"'{t.ko}': 뜻은 한 줄로 씁니다")
        for hit in glossary.scanner.find(t.definition):
            if hit.kind == "banned":
                found.append(f"'{t.ko}' 의 뜻에 쓰지 않는 표기 '{hit.text}' 가 있습니다 ({hit.instead})")
        if t.match and not t.ko.startswith(t.match):
            found.append(f"'{t.ko}': match '{t.match}' 는 ko 의 앞부분이어야 합니다")
    return found


# ---------------------------------------------------------------- 용어집: 처음 나오는 곳


@dataclass(frozen=True)
class Location:
    page: str  # docs/ 기준 경로, 예: guide/01-layer.md
    title: str  # 페이지 제목 (nav)
    lineno: int
    anchor: str | None  # 절의 앵커 (페이지 맨 앞이면 None)
    section: str | None  # 절 제목


def nav_pages(nav, docs_dir: Path) -> list[tuple[str, str]]:
    """nav 순서의 (경로, 제목). nav 에 없는 페이지는 뒤에 경로 순서로 붙입니다."""
    found: list[tuple[str, str]] = []

    def walk(item, title=None):
        if isinstance(item, str):
            if item.endswith(".md"):
                found.append((item, title or item))
        elif isinstance(item, dict):
            for k, v in item.items():
                walk(v, k)
        elif isinstance(item, list):
            for v in item:
                walk(v)

    walk(nav or [])
    known = {p for p, _ in found}
    for path in sorted(Path(docs_dir).rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        if rel not in known:
            found.append((rel, _h1(path) or rel))
    return found


def _h1(path: Path) -> str | None:
    for line in prose_lines(path.read_text(encoding="utf-8")):
        if line.kind == "heading":
            return line.text
    return None


def heading_ids(source: str, extensions: list, configs: dict) -> dict[int, tuple[str, str]]:
    """제목 줄 → (앵커, 제목). 사이트와 같은 마크다운 설정(toc 의 slugify 포함)으로 그려서 얻습니다."""
    exts = [e for e in extensions if e != "pymdownx.snippets" and not isinstance(e, TooltipExtension)]
    exts = [e for e in exts if isinstance(e, str) or type(e).__module__.split(".")[0] in ("markdown", "pymdownx")]
    md = markdown.Markdown(extensions=exts, extension_configs={k: v for k, v in configs.items() if k in exts})
    from mkdocs.utils.meta import get_data

    md.convert(get_data(source)[0])  # mkdocs 처럼 front matter 를 떼고 그립니다
    tokens = []

    def flat(items):
        for t in items:
            tokens.append(t)
            flat(t["children"])

    flat(getattr(md, "toc_tokens", []))
    heads = [line for line in prose_lines(source) if line.kind == "heading"]
    if len(heads) != len(tokens):
        return {}
    return {h.lineno: (t["id"], htmllib.unescape(t["name"])) for h, t in zip(heads, tokens)}


def first_explained(
    glossary: Glossary, docs_dir: Path, pages: list[tuple[str, str]], extensions: list, configs: dict
) -> dict[str, Location]:
    """용어(ko) → 처음 나오는 곳. terms.yml 의 first 가 있으면 그곳, 없으면 nav 순서로 처음 "한국어(English)" 로 쓴 절
    (소개 페이지 index.md 는 맨 뒤에 봅니다)."""
    found: dict[str, Location] = {}
    titles = dict(pages)
    heads_cache: dict[str, dict] = {}

    def heads_of(rel: str, source: str) -> dict:
        if rel not in heads_cache:
            try:
                heads_cache[rel] = heading_ids(source, extensions, configs)
            except Exception as exc:  # noqa: BLE001 - 링크가 페이지 단위로 줄어들 뿐입니다
                log.debug("%s: 제목 앵커를 얻지 못했습니다: %s", rel, exc)
                heads_cache[rel] = {}
        return heads_cache[rel]

    for t in glossary.terms:
        if t.first:
            rel, _, anchor = t.first.partition("#")
            path = Path(docs_dir) / rel
            heads = heads_of(rel, path.read_text(encoding="utf-8")) if path.exists() else {}
            line = next((n for n, (a, _) in heads.items() if a == anchor), 0)
            found[t.ko] = Location(rel, titles.get(rel, rel), line, anchor or None, heads.get(line, (None, None))[1])

    # 첫 페이지(index.md, 소개)는 용어를 설명하는 곳이 아니라 안내하는 곳이므로, 다른 페이지에 없을 때만 봅니다.
    ordered = [p for p in pages if posixpath.basename(p[0]) != "index.md"] + [p for p in pages if posixpath.basename(p[0]) == "index.md"]
    for rel, title in ordered:
        if rel == GLOSSARY_PAGE:
            continue
        source = (Path(docs_dir) / rel).read_text(encoding="utf-8")
        for line in prose_lines(source):
            for hit in glossary.scanner.find(line.text):
                if hit.kind != "term" or hit.term.ko in found:
                    continue
                if glossary.scanner.english_after(line.text, hit.word_end) != hit.term:
                    continue
                heads = heads_of(rel, source)
                above = [n for n in heads if n <= line.lineno]
                anchor = section = None
                if above and max(above) != min(heads):  # 페이지 제목(h1) 아래면 페이지로 링크
                    anchor, section = heads[max(above)]
                found[hit.term.ko] = Location(rel, title, line.lineno, anchor, section)
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def sort_key(term: Term):
    """가나다 순서. 한글로 시작하지 않는 용어(KL 발산)는 한글 뒤에 둡니다."""
    return (0 if HANGUL_RE.match(term.ko[0]) else 1, term.ko)


def glossary_markdown(glossary: Glossary, locations: dict[str, Location], glossary_path: str = GLOSSARY_PAGE) -> str:
    """용어집 표 (마크다운). 행마다 앵커 #용어 가 있습니다."""
    here = posixpath.dirname(glossary_path) or "."
    rows = ["| 한국어 | English | 뜻 | 처음 나오는 곳 |", "| --- | --- | --- | --- |"]
    for t in sorted(glossary.terms, key=sort_key):
        loc = locations.get(t.ko)
        if loc:
            target = posixpath.relpath(loc.page, here) + (f"#{loc.anchor}" if loc.anchor else "")
            label = loc.title + (f" › {loc.section}" if loc.section else "")
            where = f"[{_cell(label)}]({target})"
        else:
            where = "—"
        meaning = _cell(t.definition)
        if t.banned:
            meaning += f"<br>쓰지 않는 말: {_cell(', '.join(t.banned))}"
        rows.append(f"| [{_cell(t.ko)}](#{t.anchor}){{#{t.anchor}}} | {_cell(t.en)} | {meaning} | {where} |")
    text = "\n".join(rows) + "\n"
    products = [n for n in glossary.names if not n.spelling]
    if products:
        names = ", ".join(n.name for n in products)
        banned = ", ".join(b for n in products for b in n.banned)
        text += f"\n제품과 라이브러리 이름은 원래 이름 그대로 씁니다: {names}" + (f" ({banned}로 쓰지 않습니다)" if banned else "") + ".\n"
    spellings = [n for n in glossary.names if n.spelling]
    if spellings:
        text += "\n이렇게 씁니다: " + "; ".join(f"{_cell(n.name)} ({_cell(', '.join(n.banned))}가 아니라)" for n in spellings) + ".\n"
    return text


# ---------------------------------------------------------------- 툴팁 (마크다운 확장)

SKIP_TAGS = {"code", "pre", "kbd", "samp", "script", "style", "abbr", "svg", "h1", "h2", "h3", "h4", "h5", "h6"}


class TooltipTreeprocessor(Treeprocessor):
    """본문 글자 속 용어를 <abbr title="English — 뜻">용어</abbr>로 감쌉니다. 조사는 abbr 밖에 남습니다: <abbr>가중치</abbr>를."""

    def __init__(self, md, ext: "TooltipExtension"):
        super().__init__(md)
        self.ext = ext

    def run(self, root):
        self.created = []
        self._walk(root, None)
        self._first_per_section(root)

    def _first_per_section(self, root):
        """툴팁은 절(h2)마다 용어의 첫 등장에만 남깁니다. 모든 등장에 달면 본문이 밑줄로 뒤덮입니다."""
        ours = {id(node) for node in self.created}
        parents = {child: parent for parent in root.iter() for child in parent}
        seen: set = set()
        for el in list(root.iter()):
            if el.tag in ("h1", "h2"):
                seen = set()
            elif id(el) in ours:
                key = el.get("title")
                if key not in seen:
                    seen.add(key)
                    continue
                parent = parents[el]
                index = list(parent).index(el)
                text = (el.text or "") + (el.tail or "")
                if index == 0:
                    parent.text = (parent.text or "") + text
                else:
                    prev = parent[index - 1]
                    prev.tail = (prev.tail or "") + text
                parent.remove(el)

    def _skip(self, el) -> bool:
        if el.tag in SKIP_TAGS or "admonition-title" in (el.get("class") or "").split():
            return True
        return self.ext.skip_tables and el.tag == "table"

    def _walk(self, el, parent):
        if not self._skip(el):
            for child in list(el):
                self._walk(child, el)
            if el.text and not isinstance(el.text, AtomicString):
                new, el.text = self._split(el.text)
                for k, node in enumerate(new):
                    el.insert(k, node)
        if parent is not None and el.tail and not isinstance(el.tail, AtomicString):
            new, el.tail = self._split(el.tail)
            index = list(parent).index(el) + 1
            for k, node in enumerate(new):
                parent.insert(index + k, node)

    def _split(self, text: str):
        hits = [h for h in self.ext.glossary.scanner.find(text) if h.kind == "term"]
        if not hits:
            return [], text
        nodes = []
        for k, hit in enumerate(hits):
            node = etree.Element("abbr", {"title": hit.term.title})
            node.text = AtomicString(hit.text)
            self.created.append(node)
            node.tail = text[hit.end : hits[k + 1].start if k + 1 < len(hits) else None]
            nodes.append(node)
        return nodes, text[: hits[0].start]


class TooltipExtension(Extension):
    def __init__(self, glossary: Glossary, **kwargs):
        self.glossary = glossary
        self.skip_tables = False  # 용어집 페이지의 표는 용어 그 자체이므로 툴팁을 달지 않습니다
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        md.registerExtension(self)
        # 인라인 처리(20)·attr_list(8)·abbr(7) 뒤, toc(5) 앞
        md.treeprocessors.register(TooltipTreeprocessor(md, self), "ko_terms", 6)


def glossary_page(markdown_text: str, glossary: Glossary, docs_dir: Path, nav, extensions: list, configs: dict, src: str = GLOSSARY_PAGE):
    """용어집 페이지의 표시 줄(MARKER)을 표로 바꾼 글과, 표가 링크한 (용어, 페이지, 앵커) 목록. 표시 줄이 없으면 ValueError."""
    if MARKER not in markdown_text:
        raise ValueError(f"docs/{src}: 용어집 표가 들어갈 표시 줄 {MARKER} 이 없습니다.")
    exts = [e for e in extensions if not isinstance(e, TooltipExtension)]
    locations = first_explained(glossary, docs_dir, nav_pages(nav, docs_dir), exts, configs)
    links = [(ko, loc.page, loc.anchor) for ko, loc in locations.items() if loc.anchor]
    return markdown_text.replace(MARKER, glossary_markdown(glossary, locations, src)), links
