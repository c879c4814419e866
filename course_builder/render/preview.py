"""The live preview's error banner: the last good page, with the author's problems on top."""

from __future__ import annotations

import re

from ..problems import Problem, Problems
from .templating import ENV

SHOWN = 30  # problems listed in the banner; the terminal lists every one
_FRONT_MATTER = re.compile(r"\A\ufeff?-{3}[ \t]*\n.*?\n(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)

# Raw HTML (Markdown leaves it as it is) with no blank line inside. Colours are set in pairs
# (text and background) so the banner reads the same in light and dark schemes, and the words
# "error"/"warning" and the file:line say what colour alone would not.
_BANNER = ENV.from_string(
    '<div class="cb-preview-error" role="alert" lang="en" style="margin:0 0 1.5em;padding:0.8em 1em;'
    'border:2px solid #b3261e;border-left-width:0.5rem;border-radius:0.2rem;background:#fdecea;color:#410e0b">\n'
    '<p style="margin:0 0 0.5em"><strong>⚠ This preview is out of date: the course has '
    '{{ count }} problem{{ "s" if count != 1 else "" }}.</strong> '
    "It shows the last good version of each page. Fix the problems and save: the preview "
    "reloads by itself.</p>\n"
    '<ul style="margin:0;padding-left:1.2em">\n'
    "{% for p in shown %}"
    '<li style="margin:0.3em 0"><strong>{{ where(p) }}</strong>: {{ p.level }}: '
    "{{ p.message }}"
    '{% if p.hint %}<br><span style="white-space:pre-wrap">hint: {{ p.hint }}</span>{% endif %}</li>\n'
    "{% endfor %}"
    "</ul>\n"
    '{% if more %}<p style="margin:0.5em 0 0">…and {{ more }} more, listed in the terminal.</p>\n{% endif %}'
    "</div>\n\n"
)


def _where(problem: Problem) -> str:
    return f"{problem.path}:{problem.line}" if problem.line else problem.path


def banner(problems: Problems) -> str:
    """The banner as a raw HTML block; every problem's text is escaped, never read as HTML."""
    listed = sorted(set(problems.items), key=lambda p: (p.level != "error", p))
    return _BANNER.render(count=len(listed), shown=listed[:SHOWN], more=max(0, len(listed) - SHOWN),
                          where=_where)


def with_banner(page: str, banner_html: str) -> str:
    """`page` (Markdown) with `banner_html` at the top of its content, after any front matter."""
    match = _FRONT_MATTER.match(page)
    head = match.group(0) if match else ""
    return f"{head}\n{banner_html}{page[len(head):].lstrip(chr(0xFEFF))}"
