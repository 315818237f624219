"""mkdocs 훅: include 할 snippet 파일이나 구간이 없으면, 어느 페이지의 몇째 줄인지 말하며 빌드를 멈춥니다.

pymdownx.snippets 자신의 오류("Snippet at path '...' could not be found")에는 페이지 이름이 없어서,
같은 설정으로 페이지를 한 번 먼저 펼쳐 보고 실패하면 페이지와 줄을 붙여 다시 알립니다.
"""

import re

import markdown
from mkdocs.exceptions import PluginError
from pymdownx.snippets import SnippetMissingError


def on_page_markdown(text, page, config, files):
    conf = config["mdx_configs"].get("pymdownx.snippets", {})
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": conf})
    try:
        md.preprocessors["snippet"].run(text.split("\n"))
    except SnippetMissingError as exc:
        m = re.search(r"path '([^']*)'", str(exc))
        missing = m.group(1) if m else ""
        where = f"docs/{page.file.src_uri}"
        for n, line in enumerate(text.split("\n"), 1):
            if missing and missing in line:
                where += f":{n}"
                break
        raise PluginError(f"{where}: include 한 snippet 을 찾을 수 없습니다: snippets/{missing} ({exc})") from exc
    return text
