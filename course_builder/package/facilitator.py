"""The facilitator guide: the course on paper with every answer, the feedback for every option,
scenario debriefs and discussion questions. It holds the scored quizzes' answers, so it is not
part of the learners' site or packages: it is written on its own, as one HTML file to print."""

from __future__ import annotations

import re
from pathlib import Path

import markdown

from ..model import Course
from ..render import facilitator_markdown, standalone_page

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "sane_lists"]


def write_facilitator_guide(course: Course, target: Path) -> Path:
    """Write the guide to `target` (one self-contained HTML file), in place only when complete."""
    text = facilitator_markdown(course)
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # the page's front matter
    text = re.sub(r"^<link rel=\"stylesheet\"[^\n]*\n", "", text, flags=re.M)  # its styles come inline
    body = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_text(standalone_page(course, "Facilitator guide", body), encoding="utf-8")
    part.replace(target)
    return target
