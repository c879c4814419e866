"""The course model: plain typed objects the renderer works from (no YAML, no MkDocs)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

WORDS_PER_MINUTE = 200
MINUTES_PER_QUESTION = 0.5


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str
    fixed: bool = False  # keeps its place when options are shuffled


@dataclass(frozen=True)
class Item:
    """An ordering item or a matching answer."""

    id: str
    text: str
    feedback: str | None = None  # ordering: why the item comes where it does


@dataclass(frozen=True)
class Pair:
    """A matching prompt and the id of its answer."""

    id: str
    prompt: str
    answer_id: str
    feedback: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: str  # single | multiple | true_false | ordering | matching | reflection
    prompt: str
    options: tuple[Option, ...] = ()
    explanation: str | None = None
    tags: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()  # ordering: in the right order; matching: every answer
    pairs: tuple[Pair, ...] = ()
    feedback: tuple[str, str] | None = None  # (correct, incorrect) for the whole question
    hint: str | None = None
    html: bool = False  # the author allows raw HTML in its texts
    lint_ignore: tuple[str, ...] = ()  # item-writing checks switched off for it

    @property
    def scored(self) -> bool:
        return self.type != "reflection"

    @property
    def correct(self) -> list | dict:
        """The right answer in the runtime's terms: option ids, item order, or pair → answer."""
        if self.type == "ordering":
            return [i.id for i in self.items]
        if self.type == "matching":
            return {p.id: p.answer_id for p in self.pairs}
        return [o.id for o in self.options if o.correct]


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    consequence: str
    coaching: str
    steps: tuple[str, ...]
    score: int
    next: str


@dataclass(frozen=True)
class Node:
    """A decision point (prompt and choices) or, when `outcome` is set, an ending."""

    id: str
    text: str | None
    prompt: str | None = None
    choices: tuple[Choice, ...] = ()
    outcome: str | None = None  # good | mixed | poor
    ending: str | None = None

    @property
    def best(self) -> int:
        """The highest score among a decision's choices."""
        return max(c.score for c in self.choices)


@dataclass(frozen=True)
class Scenario:
    id: str
    section_id: str
    number: int
    title: str
    audience: str
    summary: str
    setting: str
    customer: str | None
    opening: str
    often_goes_wrong: str
    start: str
    nodes: tuple[Node, ...]
    better_approach: str
    key_steps: tuple[str, ...]
    discussion: tuple[str, ...]
    words: int
    minutes_override: int | None = None
    lint_ignore: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        """Reading time of one path (about half the script) plus a minute per decision."""
        if self.minutes_override:
            return self.minutes_override
        decisions = sum(1 for n in self.nodes if n.choices)
        return max(3, math.ceil(self.words / 2 / WORDS_PER_MINUTE + decisions))


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    type: str = "text"
    hint: str | None = None
    autocomplete: str | None = None
    suggest: bool = False


@dataclass(frozen=True)
class Contract:
    """The personal performance contract form of a section."""

    id: str
    section_id: str
    title: str
    intro: str | None
    details: tuple[Field, ...]
    commitment_fields: tuple[Field, ...]
    min_commitments: int
    max_commitments: int
    ratings: tuple[int, ...]
    scale: tuple[str, ...]
    check_in: tuple[Field, ...]
    signatures: tuple[str, ...]
    reflections: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    definition: str
    see: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A figure or chart the check resolved (render/figures.py): SVG markup to inline (a drawing
    or a chart, its ids awaiting their prefix) or a PNG under docs/, with its text alternative,
    and caption and long description (Markdown)."""

    alt: str
    svg: str | None = None
    png: str | None = None  # its path under docs/
    size: tuple[int, int] | None = None  # a PNG's width and height in pixels, when readable
    caption: str | None = None
    description: str | None = None


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
    layout: str = "lesson"
    glossary: tuple[str, ...] = ()

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
class FinalAssessment:
    id: str
    title: str
    intro: str | None
    draw: int
    pass_mark: int
    attempts: int  # 0: unlimited
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (section id, pool question ids)

    @property
    def minutes(self) -> int:
        return self.draw


@dataclass(frozen=True)
class Track:
    id: str
    title: str
    audience: str
    sections: tuple[str, ...]
    lessons: tuple[str, ...]
    scenarios: tuple[str, ...] | None
    final_draw: int | None


@dataclass(frozen=True)
class Section:
    id: str
    number: int
    title: str
    summary: str
    objectives: tuple[str, ...]
    lessons: tuple[Lesson, ...]
    quiz: Quiz | None
    scenarios: tuple[Scenario, ...] = ()
    contract: Contract | None = None
    kind: str = "section"
    label: str | None = None
    # How the interface language names a section and an appendix (page_text.py).
    name_formats: tuple[str, str] = ("Section {n}", "Appendix {label}")

    @property
    def name(self) -> str:
        """'Section 2' or 'Appendix A' (in the course's language)."""
        section, appendix = self.name_formats
        return appendix.format(label=self.label) if self.kind == "appendix" else section.format(n=self.number)

    @property
    def heading(self) -> str:
        """'Section 2: Title' or 'Appendix A: Title'."""
        return f"{self.name}: {self.title}"

    @property
    def minutes(self) -> int:
        return (sum(lesson.minutes for lesson in self.lessons) + sum(s.minutes for s in self.scenarios)
                + (self.quiz.minutes if self.quiz else 0))


@dataclass(frozen=True)
class Organisation:
    name: str
    short_name: str | None = None
    logo: str | None = None
    contact: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Branding:
    """course.yml's branding, checked: colours as lower-case #rrggbb (accent defaults to primary),
    paths under docs/ (logo is also the organisation's), a plain font-family list."""

    primary: str | None = None
    accent: str | None = None
    logo: str | None = None
    favicon: str | None = None
    font: str | None = None


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
    encounter_model: tuple[tuple[str, str], ...] = ()
    audiences: tuple[tuple[str, str], ...] = ()
    glossary: tuple[Term, ...] = ()
    final: FinalAssessment | None = None
    tracks: tuple[Track, ...] = ()
    track: Track | None = None  # set on a single-track edition
    completion: dict[str, bool] = field(default_factory=lambda: {"lessons": True, "quizzes": True, "final": True})
    lint_ignore: tuple[str, ...] = ()  # item-writing checks switched off for the course
    # Characters a learner can type: reflection, line (one-line field), paragraph (multi-line).
    text_limits: dict[str, int] = field(default_factory=lambda: {"reflection": 1000, "line": 100, "paragraph": 500})
    branding: Branding = field(default_factory=Branding)
    signatures: tuple[tuple[str, str], ...] = ()  # the certificate's signature lines: (name, role)
    # Each track's cut-down course, by track id (none on a single-track edition); see tracks.py.
    editions: dict[str, Course] = field(default_factory=dict, compare=False, repr=False)
    # Each figure block the check resolved, by its text (what lies between its fences).
    figures: dict[str, Figure] = field(default_factory=dict, compare=False, repr=False)

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sections) + (self.final.minutes if self.final else 0)

    @property
    def page_ids(self) -> set[str]:
        """Ids of what a learner works through: sections, lessons, scenarios, quizzes, the final."""
        out = {s.id for s in self.sections if s.kind == "section"}
        for s in self.sections:
            out.update(lesson.id for lesson in s.lessons)
            out.update(sc.id for sc in s.scenarios)
            if s.quiz:
                out.add(s.quiz.id)
        if self.final:
            out.add(self.final.id)
        return out

    @cached_property
    def optional(self) -> dict[str, list[str]]:
        """Per track id, the page ids its path leaves optional (sorted)."""
        everything = self.page_ids
        return {tid: sorted(everything - e.page_ids) for tid, e in self.editions.items()}
