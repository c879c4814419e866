"""Staff guides: pages under docs/ whose front matter says `audience: staff` (the Authoring guide,
For HR, For IT). Learners' sites and packages leave them out; `build --guides` adds them, with
the figures they quote (pass mark, draw, attempts, hours, paths) filled in from the course as
it is built, so a guide never contradicts the course it describes."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .model import Course
from .problems import Problems, did_you_mean

FIGURE = re.compile(r"\{\{\s*((?:course|final)\.[a-z_]+)\s*\}\}")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
_FRONT = re.compile(r"\A(?:\ufeff)?---\r?\n(.*?)\r?\n---\r?\n", re.S)


def is_staff(path: Path) -> bool:
    """A Markdown page under docs/ meant for staff (front matter `audience: staff`)."""
    if path.suffix != ".md":
        return False
    match = _FRONT.match(path.read_text(encoding="utf-8-sig", errors="replace"))
    try:
        meta = yaml.safe_load(match.group(1)) if match else None
    except yaml.YAMLError:
        return False  # MkDocs reports a broken front matter; the page is then a learner's page
    return isinstance(meta, dict) and meta.get("audience") == "staff"


def staff_pages(docs: dict[str, Path]) -> set[str]:
    """The docs/ paths of the staff guides."""
    return {rel for rel, path in docs.items() if is_staff(path)}


def _number(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def figures(course: Course) -> dict[str, str]:
    """What a guide may quote, by placeholder name, as the course stands."""
    numbered = [s for s in course.sections if s.kind == "section"]
    out = {
        "course.title": course.title,
        "course.version": course.version,
        "course.pass_mark": str(course.pass_mark),
        "course.hours": _number(max(0.5, round(course.minutes / 30) / 2)),
        "course.minutes": str(course.minutes),
        "course.sections": str(len(numbered)),
        "course.lessons": str(sum(len(s.lessons) for s in numbered)),
        "course.scenarios": str(sum(len(s.scenarios) for s in course.sections)),
        "course.questions": str(len(course.questions)),
        "course.paths": str(len(course.tracks)),
        "course.path_names": "; ".join(t.title for t in course.tracks) or "none",
    }
    if course.final:
        final = course.final
        pool = sum(len(ids) for _, ids in final.groups)
        each = final.draw / len(final.groups) if final.groups else 0
        out.update({
            "final.title": final.title,
            "final.draw": str(final.draw),
            "final.pool": str(pool),
            "final.sections": str(len(final.groups)),
            "final.per_section": _number(each) if each == int(each) else f"about {_number(each)}",
            "final.pass_mark": str(final.pass_mark),
            "final.attempts": str(final.attempts) if final.attempts else "unlimited",
        })
    return out


def _figures_in(text: str) -> list[re.Match[str]]:
    """The figure placeholders of a guide, outside code (where a guide may show one as written)."""
    code = [m.span() for m in CODE.finditer(text)]
    return [m for m in FIGURE.finditer(text) if not any(a <= m.start() < b for a, b in code)]


def fill(text: str, course: Course) -> str:
    """The guide's text with its figures filled in (names `check_guides` has cleared)."""
    values = figures(course)
    out, at = [], 0
    for m in _figures_in(text):
        out += [text[at:m.start()], values.get(m.group(1), m.group(0))]
        at = m.end()
    return "".join(out) + text[at:]


def check_guides(docs: dict[str, Path], course: Course, problems: Problems) -> None:
    """Every figure a staff guide quotes must be one the course has."""
    values = figures(course)
    for rel in sorted(staff_pages(docs)):
        text = docs[rel].read_text(encoding="utf-8-sig", errors="replace")
        for match in _figures_in(text):
            name = match.group(1)
            if name not in values:
                line = text.count("\n", 0, match.start()) + 1
                why = "this course has no final assessment" if name.startswith("final.") and not course.final \
                    else f"no figure called '{name}'"
                problems.add(f"docs/{rel}", line, f"{{{{ {name} }}}}: {why}",
                             did_you_mean(name, list(values)) or "figures: " + ", ".join(sorted(values)))
