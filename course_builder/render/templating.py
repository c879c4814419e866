"""The Jinja2 environment every generated page and fragment is rendered with.

Everything is autoescaped: a value reaches a page as text unless it is author Markdown, which
templates pass on with the `md` filter (Markdown files), or turn into HTML with `block`,
`inline` and `plain` (HTML fragments). In template source, a line ending in a backslash joins
the next one, less its indentation, so long single-line HTML can be written readably."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup

from .. import page_text
from . import text

_JOIN = re.compile(r"\\\n[ \t]*")


class _Loader(PackageLoader):
    def get_source(self, environment: Environment, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        return _JOIN.sub("", source), filename, uptodate


def _markdown(value: str | None) -> Markup:
    """Author Markdown, passed into a Markdown page as written (Markdown renders it)."""
    return Markup(value or "")


def _block(value: str | None, raw_html: bool = True) -> Markup:
    return Markup(text.block(value, raw_html)) if value else Markup("")


def _inline(value: str | None, raw_html: bool = True) -> Markup:
    return Markup(text.inline(value, raw_html)) if value else Markup("")


ENV = Environment(loader=_Loader("course_builder", "templates"), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, extensions=["jinja2.ext.do"])
ENV.filters.update(md=_markdown, block=_block, inline=_inline, plain=text.plain,
                   json_data=lambda data: Markup(text.json_for_html(data)),
                   yaml_string=lambda value: Markup(text.yaml_string(value)))
# The interface's own sentences, in the language of the course being rendered (page_text.py).
ENV.globals.update(t=page_text.markup, count=page_text.count, duration=page_text.duration)


def cache_compiled_templates(folder: Path) -> None:
    """Keep compiled templates in `folder` (a build folder), so later builds skip compiling them;
    each is keyed on its source, so an edited template is compiled afresh."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # an unwritable folder only costs the time to compile
    ENV.bytecode_cache = FileSystemBytecodeCache(str(folder))


def render(name: str, **context: Any) -> str:
    """Render the template `name` (under course_builder/templates/) with `context`."""
    return ENV.get_template(name).render(**context)



