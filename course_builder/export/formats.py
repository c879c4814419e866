"""What every export format shares: the writer's inputs, the report of what was written, and the
few ways a course question is reshaped for LMSs that lack its type."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Course, Question
from ..render.ui_text import ui_text
from .bank import Entry, Texts


@dataclass
class Export:
    """What an export wrote and what a coordinator should know about it."""

    path: Path
    questions: int = 0
    left_out: int = 0
    notes: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def count(self, what: str) -> None:
        """Note a reshaping once per question (reported as 'N questions: what')."""
        self.counts[what] += 1

    def summary(self) -> list[str]:
        return [f"{n} question{'s' if n != 1 else ''}: {what}" for what, n in sorted(self.counts.items())] + self.notes


class Writer:
    """A format's writer: `write` puts `target` (and any images beside it) in place."""

    suffix = ""

    def __init__(self, course: Course, docs: dict[str, Path], target: Path, essays: bool) -> None:
        self.course, self.docs, self.target, self.essays = course, docs, target, essays
        self.texts = Texts(docs, lambda path: path)  # each format sets its own, with its image links

    @property
    def images_dir(self) -> Path:
        return self.target.with_name(self.target.stem + "-images")

    def write(self, entries: list[Entry], export: Export) -> None:
        raise NotImplementedError

    @staticmethod
    def copy_images(images: dict[str, Path], folder: Path) -> None:
        for rel, source in images.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / rel)


def moodle_category(course_title: str, category: str) -> str:
    """A Moodle category path under the course's own category ('/' in a name is doubled)."""
    return "$course$/top/" + "/".join(part.replace("/", "//") for part in (course_title, category))


def export_text(course: Course) -> dict[str, str]:
    """The few sentences an export adds, in the course's language."""
    return ui_text(course.language, "export")


def ordering_as_matching(course: Course) -> str:
    """The line added to an ordering question asked as matching (items to places 1, 2, …)."""
    return f"<p><em>{export_text(course)['ordering_places']}</em></p>"


def reflection_prompt(q: Question, texts: Texts) -> str:
    """A reflection's prompt and hint as HTML, for an essay question."""
    body = texts.html(q.prompt, q)[0]
    return body + (f"<p><em>{texts.html(q.hint, q, inline=True)[0]}</em></p>" if q.hint else "")
