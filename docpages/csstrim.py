"""스타일시트에서 페이지가 쓰지 않는 규칙을 뺍니다 (노트북 페이지의 주피터 CSS, docpages/nbrender.py 가 씁니다).

mkdocs-jupyter 는 JupyterLab 전체의 CSS(약 570 KB, 규칙 3,100여 개)를 노트북 페이지에 넣지만, nbconvert 가 그린 노트북 HTML 이
쓰는 클래스는 130개 남짓입니다. 모바일 브라우저는 이 CSS 를 모두 받아 읽고, 모든 요소의 스타일을 계산할 때 규칙을 맞춰 봅니다.

규칙을 빼는 기준은 보수적입니다 (PurgeCSS 와 같은 생각): 선택자 목록의 선택자 하나라도, 그 안의 클래스·id·태그 이름·속성
이름이 모두 페이지 HTML 어딘가에 있으면 규칙 전체를 그대로 둡니다. 가상 클래스(:hover, :focus …)와 가상 요소(::before …),
함수 가상 클래스(:not(…), :is(…)) 안의 것은 보지 않습니다 (그래서 상태에 따라 맞는 규칙도 남습니다). Material 의 스크립트가
페이지를 연 뒤에 만드는 요소(표를 감싸는 .md-typeset__scrollwrap 등)도 맞을 수 있도록 md- 로 시작하는 클래스는 모두 있는 것으로 칩니다.
빼는 것은 둘 중 하나입니다.

- 절대 맞을 수 없는 규칙: 없는 클래스·태그를 요구하는 선택자만 있는 규칙, `.jupyter-wrapper :root` 처럼 :root 앞에 조상이 있는 선택자.
- 아무도 읽지 않는 사용자 정의 속성(--jp-…): 남긴 규칙, 사이트의 다른 CSS(Material, extra.css), 페이지의 style 속성 어디에서도
  var() 로 읽지 않는 것. 읽는 속성이 다시 읽는 속성도 남깁니다.

남긴 규칙은 원래 글자 그대로 같은 순서로 씁니다 (선택자 목록의 일부만 지우지 않습니다: 브라우저가 모르는 선택자 하나 때문에
규칙 전체를 버리는 경우까지 같게). 결과가 원래 CSS 와 모든 요소의 계산된 스타일이 같은지는 tests/browser/check.mjs 가
실제 브라우저에서 확인합니다 (가장 긴 노트북 페이지, 밝은·어두운 모드).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import tinycss2

# 페이지를 연 뒤에 스크립트가 만드는 요소의 클래스: Material(md-…)
RUNTIME_CLASS_PREFIXES = ("md-",)

TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^>]*)?)>")
ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
VAR_REF = re.compile(r"var\(\s*(--[\w-]+)")


@dataclass
class Tokens:
    """페이지 HTML 에 나오는 이름들. 여러 페이지를 add() 로 모읍니다."""

    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    var_refs: set[str] = field(default_factory=set)  # style="…var(--x)…" 와 <style> 안의 var()

    def add(self, html: str) -> "Tokens":
        for m in TAG.finditer(html):
            self.tags.add(m.group(1).lower())
            for a in ATTR.finditer(m.group(2)):
                name = a.group(1).lower()
                value = next((v for v in a.group(2, 3, 4) if v is not None), "")
                self.attributes.add(name)
                if name == "class":
                    self.classes.update(value.split())
                elif name == "id":
                    self.ids.add(value)
        self.var_refs.update(VAR_REF.findall(html))
        return self

    def has_class(self, name: str) -> bool:
        return name in self.classes or name.startswith(RUNTIME_CLASS_PREFIXES)


def _split_selectors(prelude: list) -> list[list]:
    out, cur = [], []
    for t in prelude:
        if t.type == "literal" and t.value == ",":
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    out.append(cur)
    return out


def selector_can_match(tokens: list, names: Tokens) -> bool:
    """선택자 하나가 이 페이지들의 요소에 맞을 수 있는지 (보수적: 모르면 True)."""
    started = False  # 첫 복합 선택자를 지났는지 (:root 는 첫 복합 선택자에만 맞습니다)
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "whitespace" or (t.type == "literal" and t.value in (">", "+", "~")):
            if i > 0:
                started = True
        elif t.type == "literal" and t.value == ".":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.type == "ident":
                if not names.has_class(nxt.value):
                    return False
                i += 1
        elif t.type == "hash":
            if t.value not in names.ids:
                return False
        elif t.type == "literal" and t.value == ":":
            # 가상 클래스·가상 요소: 이름(또는 함수)을 건너뜁니다. 함수 안(:not(…) 등)은 보지 않습니다.
            j = i + 1
            if j < len(tokens) and tokens[j].type == "literal" and tokens[j].value == ":":
                j += 1
            if j < len(tokens):
                if tokens[j].type == "ident" and tokens[j].lower_value == "root" and started:
                    return False
                i = j
        elif t.type == "ident":
            if t.lower_value not in names.tags:
                return False
        elif t.type == "[] block":
            attr = next((x for x in t.content if x.type == "ident"), None)
            if attr is not None and attr.lower_value not in names.attributes:
                return False
        i += 1
    return True


def _var_refs(nodes) -> set[str]:
    found: set[str] = set()
    for n in nodes or []:
        if n.type == "function":
            if n.lower_name == "var":
                first = next((a for a in n.arguments if a.type == "ident"), None)
                if first is not None and first.value.startswith("--"):
                    found.add(first.value)
            found |= _var_refs(n.arguments)
        elif n.type in ("() block", "[] block", "{} block"):
            found |= _var_refs(n.content)
    return found


def _idents(nodes) -> set[str]:
    found: set[str] = set()
    for n in nodes or []:
        if n.type == "ident":
            found.add(n.value)
        elif n.type == "function":
            found |= _idents(n.arguments)
    return found


@dataclass
class _Rule:
    node: object
    decls: list | None = None  # qualified-rule 의 선언들
    children: list | None = None  # @media 등의 안쪽 규칙들


def _parse(nodes) -> list[_Rule]:
    rules = []
    for n in nodes:
        if n.type == "qualified-rule":
            decls = [d for d in tinycss2.parse_blocks_contents(n.content, skip_comments=True, skip_whitespace=True)]
            rules.append(_Rule(n, decls=decls))
        elif n.type == "at-rule":
            if n.lower_at_keyword in ("media", "supports", "layer", "container") and n.content is not None:
                inner = tinycss2.parse_rule_list(n.content, skip_comments=True, skip_whitespace=True)
                rules.append(_Rule(n, children=_parse(inner)))
            else:
                rules.append(_Rule(n))
    return rules


def _keep_selectors(rules: list[_Rule], names: Tokens) -> list[_Rule]:
    kept = []
    for r in rules:
        n = r.node
        if n.type == "qualified-rule":
            if any(selector_can_match(s, names) for s in _split_selectors(n.prelude)):
                kept.append(r)
        elif r.children is not None:
            r.children = _keep_selectors(r.children, names)
            if r.children:
                kept.append(r)
        elif n.lower_at_keyword == "charset":
            continue  # 결과의 맨 앞에 한 번만 씁니다
        else:
            kept.append(r)
    return kept


def _walk(rules: list[_Rule]):
    for r in rules:
        if r.children is not None:
            yield from _walk(r.children)
        else:
            yield r


def _is_keyframes(r: _Rule) -> bool:
    return r.node.type == "at-rule" and r.node.lower_at_keyword.endswith("keyframes")


def _serialize(rules: list[_Rule], refs: set[str], used_names: set[str]) -> str:
    out = []
    for r in rules:
        n = r.node
        if r.children is not None:
            inner = _serialize(r.children, refs, used_names)
            if inner:
                out.append(f"@{n.at_keyword}{tinycss2.serialize(n.prelude)}{{{inner}}}")
        elif n.type == "qualified-rule":
            decls = [d for d in r.decls if d.type != "declaration" or not d.name.startswith("--") or d.name in refs]
            decls = [d for d in decls if d.type in ("declaration", "at-rule", "qualified-rule")]
            if not decls:
                continue
            if len(decls) == len([d for d in r.decls if d.type in ("declaration", "at-rule", "qualified-rule")]):
                out.append(tinycss2.serialize([n]).strip())
            else:
                body = ";".join(d.serialize().strip() for d in decls)
                out.append(f"{tinycss2.serialize(n.prelude).strip()}{{{body}}}")
        elif _is_keyframes(r):
            name = next((t.value for t in n.prelude if t.type in ("ident", "string")), None)
            if name is None or name in used_names:
                out.append(tinycss2.serialize([n]).strip())
        else:
            out.append(tinycss2.serialize([n]).strip())
    return "\n".join(out)


def trim(css: str, names: Tokens, other_css: list[str] = ()) -> str:
    """css 에서 names(페이지 HTML 의 이름들)에 맞을 수 없는 규칙과 아무도 읽지 않는 사용자 정의 속성을 뺀 CSS.

    other_css: 같은 페이지에 함께 걸리는 다른 스타일시트(이것들이 var() 로 읽는 사용자 정의 속성은 남깁니다).
    """
    rules = _keep_selectors(_parse(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)), names)
    # 남긴 규칙의 보통 선언이 읽는 사용자 정의 속성, 그리고 그것들이 다시 읽는 것
    refs = set(names.var_refs)
    for text in other_css:
        refs.update(VAR_REF.findall(text))
    custom: dict[str, set[str]] = {}
    used_names: set[str] = set()
    for r in _walk(rules):
        for d in r.decls or []:
            if d.type != "declaration":
                continue
            if d.name.startswith("--"):
                custom.setdefault(d.name, set()).update(_var_refs(d.value))
            else:
                refs |= _var_refs(d.value)
                if "animation" in d.lower_name:
                    used_names |= _idents(d.value)
    todo = list(refs)
    while todo:
        for ref in custom.get(todo.pop(), ()):
            if ref not in refs:
                refs.add(ref)
                todo.append(ref)
    for r in _walk(rules):  # 남긴 사용자 정의 속성 값 안의 애니메이션 이름
        for d in r.decls or []:
            if d.type == "declaration" and d.name.startswith("--") and d.name in refs:
                used_names |= _idents(d.value)
    body = _serialize(rules, refs, used_names)
    return ('@charset "UTF-8";\n' if not body.isascii() else "") + body + "\n"


__all__ = ["Tokens", "selector_can_match", "trim"]
