"""용어 검사: 한 개념에 한국어 한 단어. 원본은 docs/terms.yml, 검사 코드는 docpages/terms.py (사이트 빌드와 같은 모듈).

모든 docs 페이지(docs/**/*.md)에 대해:
- 쓰지 않는 표기(terms.yml 의 banned)가 본문에 있으면 실패합니다: 층 → 레이어(layer).
- 페이지에서 용어를 처음 쓸 때 바로 뒤에 영어 원어가 괄호로 없으면 실패합니다: 가중치(weight).
- 괄호 속 영어 원어가 다른 말 뒤에 붙어 있어도 실패합니다: 추적(tracing) → 트레이싱(tracing).
실패 메시지는 "페이지:줄: 무엇이 문제인지: 「문맥」" 입니다.

검사하지 않는 곳: 코드 블록, 인라인 코드, HTML 주석, 링크 주소와 URL, include 줄, 인용문(> …), 따옴표 안의 말("…", “…”:
옛 API 이름, 오류 메시지, 다른 글을 옮긴 것). 제목, 상자 제목, description 은 쓰지 않는 표기만 검사하고
"처음 쓰는 곳"으로 치지 않습니다. 즉 제목에 용어가 먼저 나와도 본문에서 처음 쓸 때 영어 원어를 붙입니다.
용어와 쓰지 않는 표기는 한국어 낱말의 시작에서만 찾습니다(조사는 붙어도 됨): "층"은 계층 안에서 찾지 않습니다.
"""

from __future__ import annotations

import re
import textwrap

import markdown
import pytest
from bs4 import BeautifulSoup

from docpages import terms as T
from docpages.pages import DOCS, ROOT, SNIPPETS, all_pages, rel

GLOSSARY = T.load(DOCS / T.TERMS_FILE)


@pytest.fixture(scope="module")
def site_config():
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))


def _markdown(config, with_tooltips: bool):
    """mkdocs 와 같은 마크다운 설정 (snippets 의 base_path 만 절대 경로)."""
    exts = [e for e in config["markdown_extensions"] if not isinstance(e, T.TooltipExtension)]
    configs = dict(config["mdx_configs"])
    configs["pymdownx.snippets"] = dict(configs.get("pymdownx.snippets", {}), base_path=[str(SNIPPETS)])
    if with_tooltips:
        exts = exts + [T.TooltipExtension(GLOSSARY)]
    return markdown.Markdown(extensions=exts, extension_configs=configs)


# ---------------------------------------------------------------- terms.yml


def test_terms_file_is_consistent():
    assert len(GLOSSARY.terms) >= 40, f"용어가 {len(GLOSSARY.terms)}개뿐입니다"
    problems = T.check_definitions(GLOSSARY)
    assert not problems, "docs/terms.yml:\n" + "\n".join(problems)


def test_glossary_includes_the_shared_brief_terms():
    """docs/terms.yml 은 처음 정한 용어 목록(helpers 의 공통 지침)을 모두 담습니다."""
    have = {t.en: t.ko for t in GLOSSARY.terms}
    for en, ko in {
        "layer": "레이어", "weight": "가중치", "metric": "지표", "training": "훈련", "learning rate": "학습률",
        "forward pass": "정방향 계산", "config": "구성", "functional API": "함수형 API", "subclassing": "서브클래싱",
    }.items():
        assert have.get(en) == ko, f"{en} → {ko} 가 terms.yml 에 없습니다"
    assert "층" in next(t for t in GLOSSARY.terms if t.en == "layer").banned


# ---------------------------------------------------------------- 실제 페이지


@pytest.mark.parametrize("page", all_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_page_terminology(page):
    problems = T.check_page(page, GLOSSARY, rel(page))
    if problems:
        pytest.fail(
            f"{rel(page)}: 용어 규칙 위반 {len(problems)}건 (용어 목록: docs/terms.yml, 용어집 페이지: 용어집)\n"
            + "\n".join(map(str, problems)),
            pytrace=False,
        )


# ---------------------------------------------------------------- 검사기 자체 시험


PLANTED = """\
---
description: 검사기 시험용 페이지입니다.
---

# 가중치 다루기

레이어(layer)는 가중치(weight)를 가집니다. 가중치를 다시 써도 괜찮습니다.
이 층은 값을 그대로 돌려줍니다.
모델을 훈련합니다.
함수는 한 번 추적(tracing)됩니다.

```python
층 = "학습"  # 코드 블록은 검사하지 않습니다
```

!!! warning "층을 쓰지 않는 이유"

    상자 안의 본문도 검사합니다. 인라인 코드 `층`과 `학습`은 괜찮습니다.

옛 글은 "학습 단계"라고 썼고, [원문](https://example.com/층/학습)은 링크 주소입니다. <!-- 층 -->
계층 구조와 크로스 엔트로피, 학습률(learning rate)은 다른 말이거나 허용된 말입니다.

> 층과 학습: 인용문은 옮긴 글이므로 검사하지 않습니다.

구성(config)은 사전에 정한 딕셔너리(dict)입니다. config 를 사전으로 담고, 은닉 레이어는 64칸입니다.
케라스 3 의 엔드투엔드 예제에서 훈련 단계마다 시간 단계를 봅니다.
"""

EXPECTED = {
    (8, "banned", "층"),
    (9, "first", "모델"),
    (9, "first", "훈련"),
    (10, "mismatch", "추적"),
    (16, "banned", "층"),  # 상자 제목의 쓰지 않는 표기
    (25, "banned", "config"),  # 본문의 영어 config (괄호 속 영어 원어 구성(config)는 괜찮음)
    (25, "banned", "사전"),  # dict 는 딕셔너리 ("사전에"는 다른 말)
    (25, "banned", "칸"),  # unit 은 유닛
    (26, "banned", "케라스 3"),
    (26, "banned", "엔드투엔드"),
    (26, "banned", "훈련 단계"),
    (26, "banned", "시간 단계"),
}


def _kinds(problems):
    out = set()
    for p in problems:
        if "쓰지 않는 표기" in p.message:
            out.add((p.lineno, "banned", re.search(r"'([^']+)'", p.message).group(1)))
        elif "처음 쓰는 용어" in p.message:
            out.add((p.lineno, "first", re.search(r"'([^']+)'", p.message).group(1)))
        else:
            out.add((p.lineno, "mismatch", re.search(r"'([^'(]+)\(", p.message).group(1)))
    return out


def test_check_reports_planted_problems_with_page_and_line(tmp_path):
    page = tmp_path / "planted.md"
    page.write_text(PLANTED, encoding="utf-8")
    problems = T.check_page(page, GLOSSARY, "docs/planted.md")
    report = "\n".join(map(str, problems))
    print(report)
    assert _kinds(problems) == EXPECTED, report
    for p in problems:
        assert str(p).startswith(f"docs/planted.md:{p.lineno}: "), str(p)
    assert "'층' — 레이어(layer)로 씁니다" in report
    assert "'모델(model)'처럼 씁니다" in report
    assert "'트레이싱(tracing)'처럼 씁니다" in report


def test_first_use_counts_once_per_page_and_english_in_a_heading_is_accepted(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("# 손실(loss) 다루기\n\n손실을 줄입니다. 레이어(layer)와 레이어.\n", encoding="utf-8")
    assert T.check_page(page, GLOSSARY) == []
    page.write_text("# 손실 다루기\n\n손실을 줄입니다. 손실을 또 줄입니다.\n", encoding="utf-8")
    problems = T.check_page(page, GLOSSARY, "p.md")
    assert [(p.lineno, "손실(loss)" in p.message) for p in problems] == [(3, True)], problems


def test_terms_are_found_at_the_start_of_a_word_with_particles():
    find = lambda text: [(h.kind, h.text) for h in GLOSSARY.scanner.find(text)]  # noqa: E731
    assert find("가중치를 레이어에서") == [("term", "가중치"), ("term", "레이어")]
    assert find("계층 구조, 크로스 엔트로피, 재매개변수화") == []
    assert find("은닉층 2층") == [("banned", "은닉층"), ("banned", "층")]
    assert find("학습률과 학습") == [("term", "학습률"), ("banned", "학습")]
    assert find("기계 학습") == []  # 허용된 고정된 말
    assert find("훈련 루프와 훈련되지 않는 가중치") == [("term", "훈련 루프"), ("term", "훈련되지 않"), ("term", "가중치")]
    assert find("구성 요소를 구성합니다. 구성을 저장합니다") == [("term", "구성")]
    assert find("텐서플로우 텐서") == [("banned", "텐서플로우"), ("term", "텐서")]


# ---------------------------------------------------------------- 툴팁


def test_tooltips_attach_to_the_term_before_the_particle_and_skip_code(site_config):
    md = _markdown(site_config, with_tooltips=True)
    html = md.convert(
        textwrap.dedent(
            """\
            ## 가중치 만들기

            가중치를 만들고 `가중치`는 그대로 둡니다. 계층 구조에는 없습니다.

            ```python
            가중치 = "레이어"
            ```

            !!! note "레이어"

                레이어에서도 됩니다.
            """
        )
    )
    soup = BeautifulSoup(html, "html.parser")
    abbrs = soup.find_all("abbr")
    assert [a.get_text() for a in abbrs] == ["가중치", "레이어"], html
    first = abbrs[0]
    assert first["title"].startswith("weight — ") and first.next_sibling.startswith("를 만들고"), html
    assert not soup.select("pre abbr, code abbr, h2 abbr, .admonition-title abbr"), html


def test_tooltips_leave_code_and_output_blocks_of_a_real_page_unchanged(site_config):
    page = DOCS / "guide" / "01-layer.md"
    from mkdocs.utils.meta import get_data

    source = get_data(page.read_text(encoding="utf-8"))[0]
    plain = BeautifulSoup(_markdown(site_config, False).convert(source), "html.parser")
    tipped = BeautifulSoup(_markdown(site_config, True).convert(source), "html.parser")
    blocks = lambda soup: [c.get_text() for c in soup.select("div.highlight code")]  # noqa: E731
    assert blocks(plain) and blocks(plain) == blocks(tipped)
    assert not tipped.select("pre abbr, code abbr")
    assert tipped.get_text() == plain.get_text(), "툴팁은 글자를 바꾸지 않고 감싸기만 합니다"
    assert any(a.get_text() == "가중치" and str(a.next_sibling).startswith("를") for a in tipped.find_all("abbr"))


# ---------------------------------------------------------------- 용어집 페이지


def test_glossary_page_is_generated_from_terms_yml(site_config):
    source = (DOCS / T.GLOSSARY_PAGE).read_text(encoding="utf-8")
    assert source.count(T.MARKER) == 1, f"docs/{T.GLOSSARY_PAGE} 에 표시 줄 {T.MARKER} 이 하나 있어야 합니다"
    assert "| --- |" not in source, "용어집 표는 저장소에 넣지 않고 빌드할 때 만듭니다"
    assert T.GLOSSARY_PAGE in str(site_config["nav"]), "nav 에 용어집이 없습니다"

    # 훅(hooks/terms.py 의 on_page_markdown)이 부르는 그대로
    text, links = T.glossary_page(source, GLOSSARY, DOCS, site_config["nav"], site_config["markdown_extensions"], site_config["mdx_configs"])
    assert T.MARKER not in text and links
    rows = [line for line in text.splitlines() if re.match(r"^\| \[", line)]
    assert len(rows) == len(GLOSSARY.terms)
    kos = [re.match(r"^\| \[([^\]]+)\]\(#([^)]+)\)\{#\2\}", row).group(1) for row in rows]
    hangul = [k for k in kos if T.HANGUL_RE.match(k[0])]
    assert hangul == sorted(hangul) and kos[: len(hangul)] == hangul, "가나다 순서가 아닙니다"

    # "처음 나오는 곳" 링크는 실제 있는 절을 가리킵니다.
    pages = T.nav_pages(site_config["nav"], DOCS)
    exts = [e for e in site_config["markdown_extensions"] if not isinstance(e, T.TooltipExtension)]
    locations = T.first_explained(GLOSSARY, DOCS, pages, exts, site_config["mdx_configs"])
    ids: dict[str, set] = {}
    for ko, loc in locations.items():
        if loc.anchor:
            if loc.page not in ids:
                source = (DOCS / loc.page).read_text(encoding="utf-8")
                ids[loc.page] = {a for a, _ in T.heading_ids(source, exts, site_config["mdx_configs"]).values()}
            assert loc.anchor in ids[loc.page], f"{ko}: docs/{loc.page}#{loc.anchor} 이 없습니다"
            assert f"]({loc.page}#{loc.anchor})" in text


def test_first_location_can_be_set_in_terms_yml(site_config, tmp_path):
    """terms.yml 의 first: 로 "처음 나오는 곳"을 직접 정하면 그 절로 링크합니다."""
    term = T.Term(ko="가중치", en="weight", definition="시험용 뜻.", first="guide/01-layer.md#준비")
    glossary = T.Glossary([term])
    exts = [e for e in site_config["markdown_extensions"] if not isinstance(e, T.TooltipExtension)]
    pages = [("guide/01-layer.md", "(1) Layer 클래스")]
    loc = T.first_explained(glossary, DOCS, pages, exts, site_config["mdx_configs"])["가중치"]
    assert (loc.page, loc.anchor, loc.section) == ("guide/01-layer.md", "준비", "준비")
    assert "[(1) Layer 클래스 › 준비](guide/01-layer.md#준비)" in T.glossary_markdown(glossary, {"가중치": loc})
