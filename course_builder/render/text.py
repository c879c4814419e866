"""Author Markdown turned into HTML for the places raw HTML blocks need it."""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re

import markdown

_P = re.compile(r"^<p>(.*)</p>$", re.S)
# One line with nothing Markdown would change: no block syntax at its start, no inline syntax,
# nothing to escape. Most question and option texts are like this; they skip the converter.
_PLAIN = re.compile(r"(?![\s#>=|+*_-]|\d+[.)](\s|$))[^\n\t*_`\[\]<>&\\~]*(?<=\S)")


def _converter(raw_html: bool) -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    if not raw_html:  # raw HTML is shown as text; Markdown (and <https://…> links) still work
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
    return md


@functools.cache
def _md(raw_html: bool) -> markdown.Markdown:
    return _converter(raw_html)


@functools.cache
def block(text: str, raw_html: bool = True) -> str:
    """Markdown → HTML (paragraphs, lists, emphasis, links); one converter, results cached.

    With `raw_html` false (question texts, unless the author opts in), HTML tags come out as text."""
    if _PLAIN.fullmatch(text):
        return f"<p>{text}</p>"
    return _md(raw_html).reset().convert(text)


@functools.cache
def inline(text: str, raw_html: bool = True) -> str:
    """Markdown → HTML without the surrounding paragraph, for labels and legends."""
    rendered = block(text, raw_html)
    paragraphs = re.findall(r"<p>(.*?)</p>", rendered, re.S)
    if paragraphs and _P.match(rendered.strip()) and len(paragraphs) == 1:
        return paragraphs[0]
    return "<br>".join(paragraphs) if paragraphs else rendered


def plain(text: str, raw_html: bool = True) -> str:
    """Author Markdown as plain text, for attributes and <option> labels."""
    return html.unescape(re.sub(r"<[^>]+>", "", inline(text, raw_html))).strip()


def stable_shuffle(ids: list[str], seed: str) -> list[str]:
    """A fixed, seed-dependent order that is never the original one (when it can differ)."""
    order = sorted(ids, key=lambda i: hashlib.sha256(f"{seed}:{i}".encode()).hexdigest())
    if order == ids and len(ids) > 1:
        order = order[1:] + order[:1]
    return order


def json_for_html(data: object) -> str:
    """JSON safe inside <script type="application/json"> (no '</script>' can close it early)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def yaml_string(value: str) -> str:
    """A YAML-safe scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)
