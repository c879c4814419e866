"""What an export holds: the questions of a pool, each in its section's category, and their texts
as HTML with the images they show found under docs/ (each format says where an image goes)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Course, Question, Section
from ..render import docs_file, text
from ..render.ui_text import ui_text

_IMG_SRC = re.compile(r"(<img\b[^>]*?\bsrc=)([\"'])(.*?)\2", re.I)


class PoolError(ValueError):
    """An export was asked for a pool the course does not have."""


@dataclass(frozen=True)
class Entry:
    """One question of an export and the category (section) it is filed under."""

    question: Question
    category: str


def owners(course: Course) -> dict[str, Section]:
    """Question id → the first section that uses it (in a knowledge check, its quiz or its pool)."""
    out: dict[str, Section] = {}
    final = dict(course.final.groups) if course.final else {}
    for section in course.sections:
        ids = [q for lesson in section.lessons for q in lesson.check]
        ids += list(section.quiz.question_ids) if section.quiz else []
        ids += list(final.get(section.id, ()))
        for qid in ids:
            out.setdefault(qid, section)
    return out


def pool_names(course: Course) -> list[str]:
    """What --pool accepts for this course."""
    return (["final"] if course.final else []) + ["all"] + [s.id for s in course.sections]


def select(course: Course, pool: str) -> list[Entry]:
    """The questions of `pool` (final, all or a section id) in course order, with their categories."""
    where = owners(course)
    if pool == "all":
        ids = list(where) + [q for q in course.questions if q not in where]
    elif pool == "final" and course.final:
        ids = [q for _, group in course.final.groups for q in group]
    elif pool in {s.id for s in course.sections}:
        ids = [q for q, section in where.items() if section.id == pool]
    else:
        why = "this course has no final assessment" if pool == "final" else f"no pool called '{pool}'"
        raise PoolError(f"--pool {pool}: {why}; choose one of: {', '.join(pool_names(course))}")
    unused = ui_text(course.language, "export")["unused"]
    return [Entry(course.questions[q], where[q].heading if q in where else unused) for q in dict.fromkeys(ids)]


@dataclass
class Texts:
    """Author Markdown → HTML for one format: each image found under docs/ is recorded (docs path →
    file) and its src rewritten by `src` (given the image's path under docs/)."""

    docs: dict[str, Path]
    src: Callable[[str], str]
    images: dict[str, Path] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def html(self, markdown_text: str, question: Question, inline: bool = False) -> tuple[str, list[str]]:
        """The text as HTML, and the docs/ paths of the images it shows."""
        rendered = (text.inline if inline else text.block)(markdown_text, question.html)
        used: list[str] = []

        def swap(match: re.Match[str]) -> str:
            found = self.resolve(html.unescape(match.group(3)))
            if found is None:
                self.missing.append(f"{question.id}: {match.group(3)}")
                return match.group(0)
            used.append(found)
            self.images[found] = self.docs[found]
            return f"{match.group(1)}{match.group(2)}{html.escape(self.src(found))}{match.group(2)}"

        return _IMG_SRC.sub(swap, rendered), used

    def resolve(self, src: str) -> str | None:
        """The docs/ path of an image a question links to; None when it is not under docs/."""
        return docs_file(src, self.docs)


def plain(markdown_text: str, question: Question) -> str:
    """A text as plain text, for the places an LMS takes no formatting (matching answers)."""
    return text.plain(markdown_text, question.html)


def row_feedback(question: Question, texts: Texts) -> list[str]:
    """Matching rows' own feedback, as HTML list items ('Wrench → Turn a nut: …'), for the general
    feedback of formats that have no per-row feedback."""
    answers = {i.id: i.text for i in question.items}
    rows = []
    for pair in question.pairs:
        if pair.feedback:
            body, _ = texts.html(pair.feedback, question, inline=True)
            rows.append(f"<li>{html.escape(plain(pair.prompt, question))} → "
                        f"{html.escape(plain(answers[pair.answer_id], question))}: {body}</li>")
    return rows


def general_feedback(question: Question, texts: Texts) -> str:
    """What a learner reads after answering, whatever they chose: the explanation, and for matching
    the rows' own feedback."""
    parts = []
    if question.explanation:
        parts.append(texts.html(question.explanation, question)[0])
    rows = row_feedback(question, texts)
    if rows:
        parts.append("<ul>" + "".join(rows) + "</ul>")
    return "".join(parts)


def multiple_weights(question: Question) -> dict[str, float]:
    """Option id → percentage for a several-answer question in an LMS that gives partial credit:
    the right options share 100 %, and each wrong one takes it all away (never below 0), so only
    the whole right answer earns full marks, as in the course."""
    right = [o for o in question.options if o.correct]
    return {o.id: (round(100 / len(right), 5) if o.correct else -100.0) for o in question.options}


def percent(value: float) -> str:
    """A weight as Moodle writes it: 50, 33.33333, -100."""
    return f"{value:.5f}".rstrip("0").rstrip(".")
