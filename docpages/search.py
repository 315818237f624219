"""한국어로 찾을 수 있는 검색: Material 검색(lunr)이 만든 색인(search_index.json 의 내용)을 고치는 코드.

mkdocs 이벤트(색인 파일을 읽고 쓰기, 설정 읽기)는 hooks/search.py 에 있고, 고치는 일은 모두 여기 enrich() 가 합니다.

lunr 은 한국어 형태소를 모르고, 검색어의 낱말마다 "그 글자로 시작하는 낱말"만 찾습니다 (가중치 → 가중치를 ○,
가중치를 → 가중치 ✕). 그래서 세 곳이 함께 일합니다.

- mkdocs.yml 의 search.separator: 문장 부호·괄호·따옴표·코드의 . ( ) = 에서 낱말을 나눕니다 (상태(가중치)와 → 상태 · 가중치 · 와).
- enrich() (hooks/search.py 의 on_post_build, 검색 플러그인이 색인을 쓴 뒤):
  1. 낱말 나누기: 형태소 분석기 Kiwi(kiwipiepy)로 사이트 글을 분석해, 줄기와 조사·어미 사이에 폭 없는 공백(U+200B)을
     넣습니다 (가중치를 → 가중치|를, add_loss로 → add_loss|로). 독자에게는 보이지 않고, separator 가 U+200B 에서 나누므로
     색인에는 "가중치"가 어느 조사와 함께 나오든 같은 낱말로 들어갑니다. (Material 이 중국어를 jieba 로 나누는 것과 같은 방법)
  2. 보이지 않는 필드 (결과 목록에는 나오지 않고 찾기에만 쓰입니다). 그 절의 낱말 앞부분으로 이미 찾을 수 있는 말은 넣지 않습니다.
     - keys (본문 무게) / title_keys (제목 무게):
       용어집(docs/terms.yml, docpages/terms.py 의 load 와 Scanner)의 영어 원어와 쓰지 않는 다른 표기 — "가중치"가 나오는 절에
       weight, 웨이트 (제목의 용어는 제목 무게로. 다만 어느 절 제목에 영어 그대로 나오는 원어 layer, model, training, mask …
       는 본문 무게로: 그렇지 않으면 Layer 를 찾을 때 "레이어"가 든 모든 제목이 Layer 가 제목인 절과 같은 무게가 됩니다.
       코드에만 나오는 원어 metric, weight … 는 제목 무게 그대로입니다: 코드 블록의 변수 metric 때문에 "지표 기록하기"가
       metric 으로 제목 무게를 잃지 않게). 글이 "생성적 적대 신경망(generative adversarial network, GAN)"처럼 밝힌 약어가
       나오는 절에는 그 용어의 한국어·영어 원어·다른 표기 (제목이 "… GAN 훈련 루프"인 절을 generative adversarial network 로),
       Kiwi 가 찾은 합성어 속 명사(표준정규분포 → 정규분포, 분포)와 모양이 바뀌는 동사 줄기(만듭니다 → 만들. 사이트 글에서
       대개 줄기 + 조사로 분석되는 낱말은 빼고: 저장과 = 저장 + 과. 검색어 쪽이 줄기로 바꾸는 모양(4 의 irregular)이 나오면
       그 자리를 Kiwi 가 관형사로 읽었어도 줄기를: "샘플마다 다른 중요도 주기" → 다르, 검색어 "다르게" → 다르),
       코드 이름의 부분(non_trainable_weights → non, trainable, weights; ActivityRegularizationLayer → activity, …).
     - intro_keys: 본문에서 `이름()`·`이름_이름`·`낙타표기`로 언급하지만 어느 절 제목에도 없는 코드 이름을, 그 이름이
       처음 나오는 절(차례 순서, 페이지 첫머리 제외)에 답니다. 이 가이드는 앞에서부터 쌓아 가므로 처음 나오는 곳이 소개하는 곳입니다
       (input_shape → (1)의 "입력 형태를 알 때까지 가중치 생성을 미루기"). 용어집의 "처음 나오는 곳"과 같은 생각입니다.
       제목에 곁들여서만 나오는 이름(그 제목은 다른 이름을 소개하고, 이 이름은 앞에서 이미 소개됨)도 소개한 절에 달고, 그 절의
       title_keys 에도 넣습니다: build 는 (11)의 "build() 인자 저장하기: get_build_config()와 build_from_config()"에 곁들여
       나오지만, build 로 찾을 때 먼저 나올 곳은 build() 를 소개하는 (1)의 "입력 형태를 알 때까지 가중치 생성을 미루기"입니다.
     - error_keys (intro_keys 와 같은 무게): 절의 출력 블록이 보여 주는 오류·경고의 이름과 메시지 첫 마디
       (ValueError: Unknown variable: … → valueerror, unknown, variable). 독자는 오류 메시지를 검색 창에 그대로 붙여 넣고,
       그 오류를 보여 주는 절이 그 오류를 설명하는 절입니다. 본문 무게로만 두면 낱말 하나가 제목에 맞는 다른 절에 밀립니다
       ("옵티마이저 Unknown variable 오류"가 (11)의 "변수 저장 맞추기"에).
  3. 페이지 첫머리 항목의 무게 (ARTICLE_BOOST).
  4. config.ko_query: 검색어 쪽이 쓰는 목록 — 사이트 글에서 줄기 뒤에 실제로 붙은 조사·어미, 그 줄기들, 모양이 바뀌는
     동사 줄기(만드 → 만들). 손으로 적은 조사 목록은 없습니다.
- docs/javascripts/search-ko.js: 검색어가 검색 워커로 가기 전에 낱말 끝의 조사·어미를 뗍니다 (가중치를 → 가중치).
  영어·코드 낱말은 제목과 보이지 않는 필드에서 낱말 전체로만 찾고, 앞부분으로는 본문에서만 찾게 합니다
  (weight 가 intro_keys 의 weighted_metrics 에 맞아 "가중치" 제목보다 올라가지 않게). 한글 낱말은 앞부분으로도 찾되
  낱말 전체로 맞은 것을 두 배로 칩니다 (샘플로 찾을 때 "샘플마다 …"가 "샘플링 …"보다 먼저).
  결과는 검색어의 낱말을 더 많이 가진 절이 먼저 오도록 점수에 (맞은 낱말의 비율)²을 곱해 다시 줄 세웁니다
  (overrides/main.html 이 이 스크립트를 Material 보다 먼저 싣습니다).

kiwipiepy 가 없으면(make serve 의 사이트 환경) 1 과 4 를 건너뛰고 알림 한 줄을 남깁니다. 2 와 3 은 언제나 합니다.
make build / make test 는 requirements/search.txt 로 kiwipiepy 를 설치합니다. 시험: tests/test_search.py.
"""

from __future__ import annotations

import bisect
import builtins
import html
import keyword
import re
from collections import Counter
from dataclasses import dataclass, field

INDEX = "search/search_index.json"
# 더하는 필드와 무게. Material 의 기본값은 title 1000, text 1 입니다.
FIELDS = {"keys": 1.0, "title_keys": 1000.0, "intro_keys": 300.0, "error_keys": 300.0}
CONFIG_KEY = "ko_query"
ZWSP = "\u200b"  # 폭 없는 공백: mkdocs.yml 의 separator 에 들어 있습니다
# 페이지 첫머리(절이 아닌 페이지 자체) 항목의 무게. Material 은 페이지 항목의 점수를 절보다 크게 올립니다(모든 검색어가
# 맞으면 2.5배). 이 사이트의 페이지 첫머리는 페이지 전체를 요약하는 글이라 거의 모든 검색어에 맞고, 그러면 Material 은
# 그 페이지의 절들을 "이 문서에서 N개의 검색 결과 더 보기" 안에 접어서 정말 그 내용을 다루는 절이 보이지 않습니다.
# 0.2 는 페이지 첫머리를 절보다 조금 아래에 둡니다. 페이지 링크는 언제나 그 페이지 묶음의 첫 줄로 보입니다.
ARTICLE_BOOST = 0.2

HANGUL = "\uac00-\ud7a3"
HANGUL_RE = re.compile(f"[{HANGUL}]")
ALL_HANGUL_RE = re.compile(f"[{HANGUL}]+")
WORD_RE = re.compile(rf"[{HANGUL}A-Za-z0-9_]+")
IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
CAMEL_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
BLOCK_TAG = re.compile(r"</?(?:p|pre|li|ol|ul|h[1-6]|table|tr|td|th|div)\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]+>")
PRE_RE = re.compile(r"<pre>.*?</pre>", re.S)
CODE_RE = re.compile(r"<code>(.*?)</code>", re.S)
# 파이썬 예약어와 내장 이름(print, len, def …)은 API 이름으로 치지 않습니다.
PYTHON_NAMES = {n.lower() for n in (*keyword.kwlist, *dir(builtins))}

# Kiwi 품사: 줄기가 될 수 있는 것과, 줄기 뒤에 붙는 것(조사, 서술격 조사, 어미, 접미사 하/되)
NOUNISH = {"NNG", "NNP", "NNB", "NR", "NP", "XR", "XPN", "XSN"}
NOUN_CORE = {"NNG", "NNP", "NR", "NP", "XR"}
VERB = {"VV", "VA", "VX", "VV-R", "VA-R", "VV-I", "VA-I"}
FOREIGN = {"SL", "SN", "SH"}
SUFFIX_TAGS = {
    "JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC",
    "VCP", "VCN", "EP", "EF", "EC", "ETN", "ETM", "XSV", "XSA", "XSA-I", "XSV-I", "XSV-R", "XSA-R",
}
MAX_SUFFIX = 6  # 조사·어미로 보는 꼬리의 최대 글자 수

_kiwi = None  # 한 번 만든 분석기는 make serve 의 다시 빌드에서도 씁니다 (None: 아직, False: 설치되지 않음)
_kiwi_words: set[str] = set()
_cache: dict[str, list] = {}  # 줄 → 분석 결과 (make serve 에서는 바뀐 줄만 다시 분석)


@dataclass
class Splits:
    """사이트 글에서 본 낱말 나누기."""

    words: Counter = field(default_factory=Counter)  # (낱말, 줄기 길이) → 횟수. 줄기 길이 == 낱말 길이: 조사 없는 명사
    irregular: Counter = field(default_factory=Counter)  # (글자에 보이는 줄기, 원래 줄기) → 횟수: (만드, 만들)


# ---------------------------------------------------------------- 준비


def kiwi(user_words=()):
    """Kiwi 분석기 (설치되지 않았으면 None). 오타 사전·다어절 사전은 쓰지 않습니다: 분석이 세 배쯤 빠르고 이 일에는 충분합니다.
    용어집의 용어(띄어쓰기 없는 것)는 한 낱말로 보게 합니다: 가중치 (가중 + 치로 나누지 않음)."""
    global _kiwi
    if _kiwi is None:
        try:
            from kiwipiepy import Kiwi
        except ImportError:
            _kiwi = False
        else:
            _kiwi = Kiwi(num_workers=2, model_type="cong", load_typo_dict=False, load_multi_dict=False)
    if not _kiwi:
        return None
    new = set(user_words) - _kiwi_words
    for word in sorted(new):
        _kiwi.add_user_word(word, "NNP", 0.0)
    if new:
        _kiwi_words.update(new)
        _cache.clear()
    return _kiwi


def _all_hangul(text: str) -> bool:
    return bool(ALL_HANGUL_RE.fullmatch(text))


# ---------------------------------------------------------------- 글 → 낱말


def plain(fragment: str) -> str:
    """색인의 title/text (HTML 조각) → 독자에게 보이는 글자. 블록 태그는 줄바꿈, 인라인 태그는 지웁니다."""
    return html.unescape(TAG.sub("", BLOCK_TAG.sub("\n", fragment)))


def index_tokens(fragment: str, separator: re.Pattern) -> list[str]:
    """Material 의 검색 워커처럼 낱말로 나눕니다: 태그 경계와 separator 에서 나누고 소문자로."""
    out = []
    for piece in TAG.split(fragment):
        out.extend(t.lower() for t in separator.split(piece) if t)
    return out


class Prefixes:
    """어떤 말이 이미 어떤 낱말의 앞부분인지 (lunr 의 "검색어*"가 이미 찾는지)."""

    def __init__(self, tokens):
        self.sorted = sorted(set(tokens))

    def covers(self, word: str) -> bool:
        i = bisect.bisect_left(self.sorted, word)
        return i < len(self.sorted) and self.sorted[i].startswith(word)


def identifier_parts(text: str) -> set[str]:
    """코드 이름의 부분: add_weight → add, weight; ActivityRegularizationLayer → activity, regularization, layer."""
    parts = set()
    for ident in IDENT_RE.findall(text):
        pieces = [p for p in ident.split("_") if p]
        if len(pieces) == 1 and not re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", ident):
            continue
        for piece in pieces:
            parts.update(p.lower() for p in CAMEL_RE.findall(piece) if len(p) > 1)
    return parts


def api_names(code: str) -> set[str]:
    """인라인 코드에서 API 이름처럼 보이는 것: 밑줄이나 낙타 표기(add_loss, SeedGenerator), 또는 호출 꼴(build())."""
    names = set()
    for m in re.finditer(r"([A-Za-z_][A-Za-z0-9_]*)(\s*\()?", code):
        name = m.group(1)
        if name.lower() in PYTHON_NAMES or len(name) < 3 or name.startswith("__"):
            continue
        if "_" in name.strip("_") or re.search(r"[a-z][A-Z]", name) or m.group(2):
            names.add(name.lower())
    return names


def glossary_words(text: str, glossary, separator: re.Pattern, abbrevs: dict | None = None) -> set[str]:
    """글에 나오는 용어의 영어 원어와 쓰지 않는 다른 표기 (용어는 docpages/terms.py 의 Scanner 가 조사가 붙은 채로 찾습니다).
    abbrevs(약어 → 용어, abbreviations())의 약어가 나오면 그 용어의 한국어·영어 원어·다른 표기도: GAN → 생성적 적대 신경망."""
    found = set()
    terms = [hit.term for hit in glossary.scanner.find(text) if hit.kind == "term"]
    for term in terms:
        for alias in (term.en, *term.banned):
            found.update(t.lower() for t in separator.split(alias) if t)
    for word in set(re.findall(r"[A-Za-z][A-Za-z0-9]+", text)) & set(abbrevs or ()):
        term = abbrevs[word]
        for alias in (term.ko, term.en, *term.banned):
            found.update(t.lower() for t in separator.split(alias) if t)
    return found


ERROR_RE = re.compile(r"^\s*([A-Za-z_.]*(?:Error|Exception|Warning))\b:?[ \t]*(.*)$", re.M)


def error_words(fragment: str, separator: re.Pattern) -> set[str]:
    """절의 출력 블록이 보여 주는 오류·경고의 이름과 메시지 첫 마디의 낱말 (ValueError: Unknown variable: … →
    valueerror, unknown, variable). 독자는 오류 메시지를 그대로 검색 창에 붙여 넣습니다."""
    found = set()
    for pre in PRE_RE.findall(fragment):
        for m in ERROR_RE.finditer(html.unescape(TAG.sub("", pre))):
            first = re.split(r"[.:](?:\s|$)", m.group(2), maxsplit=1)[0]
            for word in separator.split(f"{m.group(1).rsplit('.', 1)[-1]} {first}"):
                if len(word) > 1 and not word.isdigit():
                    found.add(word.lower())
    return found


def abbreviations(docs: list[dict], glossary) -> dict:
    """사이트 글이 용어와 함께 밝힌 약어 → 용어: "생성적 적대 신경망(generative adversarial network, GAN)" → GAN."""
    found = {}
    scanner = glossary.scanner
    for doc in docs:
        text = plain(doc.get("text", ""))
        for hit in scanner.find(text):
            if hit.kind != "term" or scanner.english_after(text, hit.word_end) is not hit.term:
                continue
            rest = text[hit.word_end + 1 :].lstrip()[len(hit.term.en) :]
            m = re.match(r"\s*,\s*([A-Z][A-Z0-9]+)\s*\)", rest)
            if m:
                found.setdefault(m.group(1), hit.term)
    return found


def analyse(lines: list[str], analyser) -> list[list]:
    """줄마다 Kiwi 분석 결과 [(형태, 품사, 시작, 끝)]. 같은 줄은 한 번만 분석합니다."""
    todo = sorted({line for line in lines if line not in _cache})
    if todo:
        for line, tokens in zip(todo, analyser.tokenize(todo)):
            _cache[line] = [(t.form, t.tag, t.start, t.start + t.len) for t in tokens]
    return [_cache[line] for line in lines]


def morph_words(line: str, tokens: list, splits: Splits) -> set[str]:
    """한 줄에서 명사(합성어의 부분과 이어진 부분 포함)와 동사 줄기를 모으고, 낱말마다 줄기·조사 나누기를 셉니다."""
    found: set[str] = set()
    for m in WORD_RE.finditer(line):
        if not HANGUL_RE.search(m.group()):
            continue
        w0, w1 = m.span()
        toks = [t for t in tokens if t[2] >= w0 and t[3] <= w1]
        if not toks:
            continue
        # 명사 덩어리: [접두사] 명사 [접미사…] 를 하나로. 이어진 덩어리들은 합성어이므로 부분 합성어도 모읍니다.
        units: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            first = i
            if toks[i][1] == "XPN" and i + 1 < len(toks) and toks[i + 1][1] in NOUN_CORE:
                i += 1
            if toks[i][1] in NOUN_CORE:
                j = i + 1
                while j < len(toks) and toks[j][1] == "XSN":
                    j += 1
                units.append((toks[first][2], toks[j - 1][3]))
                i = j
                continue
            form, tag = toks[i][0], toks[i][1]
            if tag in VERB and len(form) > 1 and _all_hangul(form):
                found.add(form)
            i = first + 1
        runs: list[list[tuple[int, int]]] = []
        for u in units:
            if runs and runs[-1][-1][1] == u[0]:
                runs[-1].append(u)
            else:
                runs.append([u])
        for run in runs:
            for a in range(len(run)):
                for b in range(a, min(len(run), a + 4)):
                    found.add(line[run[a][0] : run[b][1]])
        _count_split(line, m.group(), w0, toks, splits)
    return {w for w in found if _all_hangul(w)}


def _count_split(line: str, word: str, w0: int, toks: list, splits: Splits) -> None:
    """낱말 = 줄기 + 조사·어미 로 나뉘면 셉니다. 줄기: 명사 덩어리, 코드·영어, 또는 글자 그대로인 두 글자 이상의 동사 줄기."""
    k = len(toks)
    while k > 0 and toks[k - 1][1] in SUFFIX_TAGS:
        k -= 1
    if k == 0:
        return
    stem_end = toks[k - 1][3]
    last_form, last_tag = toks[k - 1][0], toks[k - 1][1]
    suffix = line[stem_end : w0 + len(word)]
    if last_tag in VERB:
        surface = line[toks[k - 1][2] : stem_end]
        if surface != last_form:
            # 만드는 = 만들 + 는: 글자가 바뀐 줄기는 색인에서 나누지 않고(keys 에 만들), 검색어 쪽에 만드 → 만들을 알립니다.
            if k == 1 and min(len(surface), len(last_form)) > 1 and _all_hangul(surface + last_form + suffix):
                splits.irregular[(surface, last_form)] += 1
            return
    elif last_tag not in NOUNISH and last_tag not in FOREIGN:
        return
    stem = line[w0:stem_end]
    if not suffix:
        if _all_hangul(stem) and last_tag in NOUNISH:
            splits.words[(word, len(word))] += 1
        return
    if not _all_hangul(suffix) or len(suffix) > MAX_SUFFIX:
        return
    if (_all_hangul(stem) and (last_tag in NOUNISH or len(stem) > 1)) or not HANGUL_RE.search(stem):
        splits.words[(word, len(stem))] += 1


def word_splits(splits: Splits) -> dict[str, int]:
    """낱말 → 줄기 길이 (여러 곳에서 다르게 분석된 낱말은 가장 많은 쪽)."""
    best: dict[str, tuple[int, int]] = {}
    for (word, n), count in splits.words.items():
        if word not in best or count > best[word][1]:
            best[word] = (n, count)
    return {word: n for word, (n, _) in best.items()}


def segment(fragment: str, split_at: dict[str, int]) -> str:
    """HTML 조각의 글자 부분에서 낱말을 줄기와 조사·어미 사이에서 U+200B 로 나눕니다 (태그와 속성은 그대로)."""

    def split(m: re.Match) -> str:
        word = m.group()
        n = split_at.get(word)
        return word if not n or n >= len(word) else word[:n] + ZWSP + word[n:]

    pieces = re.split(r"(<[^>]+>)", fragment)
    for i in range(0, len(pieces), 2):
        if HANGUL_RE.search(pieces[i]):
            pieces[i] = WORD_RE.sub(split, pieces[i])
    return "".join(pieces)


def _suffixed(word: str, split_at: dict[str, int]) -> bool:
    """사이트 글에서 대개 "줄기 + 조사·어미"로 분석된 낱말인지 (저장과 = 저장 + 과). 분석기가 어느 한 곳에서 이것을 합성어로 본 것은
    보이지 않는 필드에 넣지 않습니다: 넣으면 드문 낱말이라 "저장"으로 찾을 때 앞부분으로 맞아 크게 올라갑니다."""
    n = split_at.get(word)
    return n is not None and n < len(word)


def introductions(docs: list[dict], nav_order: dict[str, int]) -> tuple[dict[str, set[str]], set[str]]:
    """절 주소 → 그 절에서 처음 나오는 API 이름들 (차례 순서로 처음, 페이지 첫머리·첫 페이지·용어집 제외), 그리고 그 가운데
    제목에 곁들여서만 나오는 이름들.

    API 이름: 본문에서 인라인 코드로 언급하는 이름 가운데 api_names() 에 맞는 것. 처음 나오는 곳은 코드 블록도 봅니다
    (ActivityRegularizationLayer 는 그 클래스를 정의한 코드 블록이 있는 절). 절 제목에 있는 이름은 빼지만(그 제목이 이미
    가장 무겁게 찾습니다: get_config, add_loss …), 제목에 곁들여서만 나오는 이름은 남깁니다. 곁들인 것: 그 제목이 다른 이름을
    소개하는 제목이고(그 절에서 처음 나오는 이름이 제목에 있음) 이 이름은 앞에서 이미 나왔을 때입니다. "build() 인자 저장하기:
    get_build_config()와 build_from_config()"의 build 는 (1)에서 소개한 것이므로 build 를 소개하는 절은 여전히 (1)의 절입니다.
    """
    wanted = set()
    titles: dict[str, set[str]] = {}
    for doc in docs:
        for code in CODE_RE.findall(PRE_RE.sub(" ", doc.get("text", ""))):
            wanted |= api_names(html.unescape(code))
        titles[doc["location"]] = {w.lower() for w in IDENT_RE.findall(plain(doc.get("title", "")))}
    first: dict[str, tuple[int, int, str]] = {}
    for pos, doc in enumerate(docs):
        location = doc["location"]
        page = location.split("#")[0]
        if "#" not in location or page not in nav_order:
            continue
        order = (nav_order[page], pos)
        for code in CODE_RE.findall(doc.get("text", "")):
            for name in IDENT_RE.findall(html.unescape(code)):
                name = name.lower()
                if name in wanted and (name not in first or order < first[name][:2]):
                    first[name] = (*order, location)
    introduced_at = {name: location for name, (_, _, location) in first.items()}
    titled: dict[str, list[str]] = {}
    for location, names in titles.items():
        for name in names:
            titled.setdefault(name, []).append(location)

    def in_passing(name: str, location: str) -> bool:
        own = {n for n in titles[location] if introduced_at.get(n) == location}
        return bool(own) and introduced_at.get(name) not in (None, location)

    passing = {n for n, locations in titled.items() if all(in_passing(n, loc) for loc in locations)}
    out: dict[str, set[str]] = {}
    for name, location in introduced_at.items():
        if name not in titled or name in passing:
            out.setdefault(location, set()).add(name)
    return out, passing


def query_lists(splits: Splits) -> dict:
    """검색어 쪽 목록: 사이트 글에서 줄기 뒤에 실제로 붙은 조사·어미, 그 줄기들(조사 없이 나온 명사 포함), 모양이 바뀌는 동사 줄기.

    조사 없이만 나온 "줄기"가 "다른 줄기 + 조사·어미"이면 뺍니다: 분석기가 "계산과"를 한 낱말로 본 경우 (→ 계산).
    """
    suffixes: set[str] = set()
    with_suffix: set[str] = set()
    bare: set[str] = set()
    for word, n in splits.words:
        stem, suffix = word[:n], word[n:]
        if suffix:
            suffixes.add(suffix)
        if _all_hangul(stem):
            (with_suffix if suffix else bare).add(stem)

    def composed(word: str) -> bool:
        return any(word[:i] in with_suffix and word[i:] in suffixes for i in range(1, len(word)))

    stems = with_suffix | {s for s in bare - with_suffix if not composed(s)}
    stems = {s for s in stems if not (len(s) == 1 and s in suffixes)}
    irregular = {surface: lemma for (surface, lemma), _ in sorted(splits.irregular.items()) if surface not in stems}
    return {"suffixes": sorted(suffixes, key=lambda s: (-len(s), s)), "stems": sorted(stems), "irregular": irregular}




def lemmas(text: str, lists: dict) -> set[str]:
    """글의 낱말 가운데 검색어 쪽이 모양이 바뀌는 동사 줄기로 바꾸는 것(search-ko.js 의 irregular)의 원래 줄기:
    다른 → 다르. 분석기가 그 자리의 "다른"을 관형사로 읽었어도 검색어 "다르게"(→ 다르)로 찾을 수 있게 합니다."""
    irregular = lists.get("irregular", {})
    return {irregular[w] for w in ALL_HANGUL_RE.findall(text) if w in irregular}


# ---------------------------------------------------------------- 색인 고치기


def user_words(glossary) -> set[str]:
    """Kiwi 가 한 낱말로 보게 할 용어 (띄어쓰기 없는 한글 용어): 가중치 (가중 + 치로 나누지 않음)."""
    return {t.ko for t in glossary.terms if _all_hangul(t.ko)}


def enrich(data: dict, glossary, separator: str, nav_order: dict[str, int], analyser) -> dict:
    """검색 색인(search_index.json 의 내용)을 제자리에서 고치고, 한 일을 요약해 돌려줍니다.

    nav_order: 페이지 주소 → 차례 순서 (intro_keys), analyser: kiwi() 또는 None (kiwipiepy 없음).
    """
    docs = data["docs"]
    separator = re.compile(separator)

    # 1. 분석: 절마다 더할 말, 사이트 전체의 낱말 나누기
    title_words = set()  # 절 제목에 영어 그대로 나오는 말: Layer, training, mask …
    for doc in docs:
        title_words |= {w.lower() for w in IDENT_RE.findall(plain(doc.get("title", "")))}
    introduced, passing = introductions(docs, nav_order)
    abbrevs = abbreviations(docs, glossary)
    splits = Splits()
    extra: list[dict[str, set[str]]] = []
    for doc in docs:
        found: dict[str, set[str]] = {"title_keys": set(), "keys": set()}
        for name, key in (("title", "title_keys"), ("text", "keys")):
            text = plain(doc.get(name, ""))
            words = identifier_parts(text)
            if analyser is not None:
                lines = [line.strip() for line in text.split("\n") if HANGUL_RE.search(line)]
                for line, tokens in zip(lines, analyse(lines, analyser)):
                    words |= morph_words(line, tokens, splits)
            found[key] |= words
            gloss = glossary_words(text, glossary, separator, abbrevs)
            found[key] |= gloss - title_words
            found["keys"] |= gloss & title_words  # 제목에 영어 그대로 나오는 원어는 본문 무게로 (모듈 설명 참고)
        found["intro_keys"] = introduced.get(doc["location"], set())
        found["error_keys"] = error_words(doc.get("text", ""), separator)
        found["title_keys"] |= found["intro_keys"] & passing  # 제목에 곁들인 이름: 소개한 절도 제목 무게로
        extra.append(found)
    split_at = word_splits(splits) if analyser is not None else {}
    lists = query_lists(splits) if analyser is not None else {}

    # 2. 고치기: 낱말 나누기, 보이지 않는 필드, 페이지 첫머리의 무게
    added = 0
    for doc, found in zip(docs, extra):
        for name, key in (("title", "title_keys"), ("text", "keys")):
            if name not in doc:
                continue
            found[key] |= lemmas(plain(doc[name]), lists)
            doc[name] = segment(doc[name], split_at)
            seen = Prefixes(index_tokens(doc[name], separator))
            words = sorted(w for w in {w.lower() for w in found[key]} if w and not seen.covers(w) and not _suffixed(w, split_at))
            if words:
                doc[key] = " ".join(words)
                added += len(words)
        for key in ("intro_keys", "error_keys"):
            if found[key]:
                doc[key] = " ".join(sorted(found[key]))
                added += len(found[key])
        if "#" not in doc["location"]:
            doc["boost"] = round(doc.get("boost", 1) * ARTICLE_BOOST, 3)
    conf = data.setdefault("config", {})
    conf.setdefault("fields", {}).update({name: {"boost": boost} for name, boost in FIELDS.items()})
    if analyser is not None:
        conf[CONFIG_KEY] = lists
    else:
        conf.pop(CONFIG_KEY, None)
    return {
        "kiwi": analyser is not None,
        "sections": len(docs),
        "words_added": added,
        "words_split": sum(1 for w, n in split_at.items() if n < len(w)),
        "suffixes": len(lists.get("suffixes", ())),
        "stems": len(lists.get("stems", ())),
        "irregular": len(lists.get("irregular", ())),
    }
