"""The course model: plain typed objects the renderer works from (no YAML, no MkDocs)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

WORDS_PER_MINUTE = 200
MINUTES_PER_QUESTION = 0.5


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    type: str  # "single" | "multiple" | "true_false"
    prompt: str
    options: tuple[Option, ...]
    explanation: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def correct_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options if o.correct)


@dataclass(frozen=True)
class Lesson:
    id: str
    section_id: str
    number: int
    title: str
    objectives: tuple[str, ...]
    takeaways: tuple[str, ...]
    body: str
    check: tuple[str, ...]
    words: int
    minutes_override: int | None = None

    @property
    def minutes(self) -> int:
        """Estimated minutes: the author's figure, or reading time plus interaction time."""
        if self.minutes_override:
            return self.minutes_override
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE + MINUTES_PER_QUESTION * len(self.check)))


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    intro: str | None
    question_ids: tuple[str, ...]
    pass_mark: int

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(len(self.question_ids) * 1.0))


@dataclass(frozen=True)
class Section:
    id: str
    number: int
    title: str
    summary: str
    objectives: tuple[str, ...]
    lessons: tuple[Lesson, ...]
    quiz: Quiz | None

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons) + (self.quiz.minutes if self.quiz else 0)


@dataclass(frozen=True)
class Organisation:
    name: str
    short_name: str | None = None
    logo: str | None = None
    contact: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Course:
    id: str
    version: str
    title: str
    description: str
    language: str
    organisation: Organisation
    policy: dict[str, str]
    pass_mark: int
    sections: tuple[Section, ...]
    questions: dict[str, Question]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sections)

    @property
    def storage_prefix(self) -> str:
        """Saved progress is keyed on course id and version so a new edition starts clean."""
        return f"cb:{self.id}:{self.version}"
