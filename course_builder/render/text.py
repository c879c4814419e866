"""Author Markdown turned into HTML for the places raw HTML blocks need it."""

from __future__ import annotations

import html
import json
import re

import markdown

_P = re.compile(r"^<p>(.*)</p>$", re.S)


def block(text: str) -> str:
    """Markdown → HTML (paragraphs, lists, emphasis, links)."""
    return markdown.markdown(text, extensions=["sane_lists"], output_format="html")


def inline(text: str) -> str:
    """Markdown → HTML without the surrounding paragraph, for labels and legends."""
    rendered = block(text)
    paragraphs = re.findall(r"<p>(.*?)</p>", rendered, re.S)
    if paragraphs and _P.match(rendered.strip()) and len(paragraphs) == 1:
        return paragraphs[0]
    return "<br>".join(paragraphs) if paragraphs else rendered


def attr(value: str) -> str:
    return html.escape(value, quote=True)


def json_for_html(data: object) -> str:
    """JSON safe inside <script type="application/json"> (no '</script>' can close it early)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def yaml_string(value: str) -> str:
    """A YAML-safe scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)
