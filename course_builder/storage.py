"""Saved progress: the one Python definition of its key shapes (the runtime builds keys from the
same table, which the course-wide data carries)."""

from __future__ import annotations

from .completion import by_path
from .model import Course

# What a saved record is about → the short name its key uses. The names are kept short because
# an LMS stores every key in SCORM's 4,096-character suspend data.
KINDS = {
    "answer": "q",  # a knowledge-check answer
    "quiz": "quiz",  # a quiz or the final assessment: answers, best score, passed
    "scenario": "sc",  # the path taken through a scenario
    "reflection": "r",  # a reflection's text
    "visit": "v",  # a lesson visited
    "contract": "contract",  # the performance contract's fields
    "certificate": "cert",  # the name on the certificate
    "track": "track",  # the learning path the learner chose
    "seed": "seed",  # the learner's own order of options, rows and items
}


def prefix(course: Course) -> str:
    """Saved progress is keyed on course id and version so a new edition starts clean."""
    return f"cb:{course.id}:{course.version}"


def entry(kind: str, record_id: str) -> str:
    """A record's key without the course prefix (as SCORM suspend data and exports hold it)."""
    return f"{KINDS[kind]}:{record_id}"


def key(course: Course, kind: str, record_id: str) -> str:
    """The full browser-storage key of one record."""
    return f"{prefix(course)}:{entry(kind, record_id)}"


def short_ids(course: Course) -> list[str]:
    """The ids SCORM suspend data names by their index in this list ("~" and the index in base
    36) to fit SCORM 1.2's 4,096 characters: questions, lessons, scenarios, quizzes, contracts."""
    sections = [s for s in course.sections if s.kind == "section"]
    quizzes = {q[0] for need in by_path(course).values() for q in need["quizzes"]}
    return sorted(set(course.questions) | {lesson.id for s in sections for lesson in s.lessons}
                  | {sc.id for s in sections for sc in s.scenarios} | quizzes
                  | {s.contract.id for s in sections if s.contract})
