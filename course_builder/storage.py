"""Saved progress: the one Python definition of its key shapes (the runtime builds keys from the
same table, which the course-wide data carries)."""

from __future__ import annotations

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
