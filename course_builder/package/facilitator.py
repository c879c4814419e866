"""The facilitator guide: the course on paper with every answer, the feedback for every option,
scenario debriefs and discussion questions. It holds the scored quizzes' answers, so it is not
part of the learners' site or packages: it is written on its own, as one HTML file to print."""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

import markdown

from .. import page_text
from ..model import Course
from ..render import docs_file, facilitator_markdown, standalone_page

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "sane_lists"]
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".webp": "image/webp", ".svg": "image/svg+xml"}
_IMG_SRC = re.compile(r"(<img\b[^>]*?\bsrc=\")([^\"]+)(\")", re.I)


def _embedded(body: str, docs: dict[str, Path]) -> str:
    """The guide's images (lesson images and PNG figures, linked from docs/) carried inside the
    file as data URLs, so the one file shows them wherever it is opened or printed."""
    def inline(match: re.Match[str]) -> str:
        rel = docs_file(html.unescape(match.group(2)), docs)
        found = docs[rel] if rel else None
        if found is None or found.suffix.lower() not in IMAGE_TYPES:
            return match.group(0)
        data = base64.b64encode(found.read_bytes()).decode("ascii")
        return f"{match.group(1)}data:{IMAGE_TYPES[found.suffix.lower()]};base64,{data}{match.group(3)}"

    return _IMG_SRC.sub(inline, body)


def _title(course: Course) -> str:
    with page_text.language(course.language):
        return page_text.text("facilitator")


def write_facilitator_guide(course: Course, target: Path, docs: dict[str, Path] | None = None) -> Path:
    """Write the guide to `target` (one self-contained HTML file, its images inside it, from
    `docs`), in place only when complete."""
    text = facilitator_markdown(course)
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # the page's front matter
    text = re.sub(r"^<link rel=\"stylesheet\"[^\n]*\n", "", text, flags=re.M)  # its styles come inline
    body = _embedded(markdown.markdown(text, extensions=EXTENSIONS, output_format="html"), docs or {})
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_text(standalone_page(course, _title(course), body), encoding="utf-8")
    part.replace(target)
    return target
