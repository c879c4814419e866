"""What completing a course (or one learning path's edition of it) requires: the one place the
rule lives. The certificate, My progress and the SCORM status all read it, as data."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Course, FinalAssessment, Quiz


@dataclass(frozen=True)
class Requirements:
    quizzes: tuple[Quiz | FinalAssessment, ...]  # to pass, each at its own pass mark
    lessons: tuple[str, ...]  # to visit
    final: str | None = None  # the final assessment's id when it is required: its score is the score

    def data(self) -> dict:
        """As the runtime reads it: quiz ids with pass marks and attempts allowed (0: unlimited),
        lesson ids, the final's id."""
        return {"quizzes": [[q.id, q.pass_mark, q.attempts if isinstance(q, FinalAssessment) else 0]
                            for q in self.quizzes],
                "lessons": list(self.lessons),
                "final": self.final}


def requirements(course: Course) -> Requirements:
    """Section quizzes (completion: quizzes), the final assessment (completion: final) and every
    lesson of the numbered sections visited (completion: lessons), per course.yml.

    The score that goes with it (status.js computes it) is the final assessment's best score when
    the final is required, else the mean of the required quizzes' best scores once every one has
    been taken, and no score before then (or when no quiz is required)."""
    rule = course.completion
    quizzes: list[Quiz | FinalAssessment] = [s.quiz for s in course.sections if s.quiz] if rule["quizzes"] else []
    if course.final and rule["final"]:
        quizzes.append(course.final)
    lessons = [lesson.id for s in course.sections if s.kind == "section" for lesson in s.lessons] \
        if rule["lessons"] else []
    return Requirements(tuple(quizzes), tuple(lessons),
                        course.final.id if course.final and rule["final"] else None)


def by_path(course: Course) -> dict[str, dict]:
    """The requirements of the whole course (key "") and of each learning path, as data."""
    return {"": requirements(course).data(), **{tid: requirements(e).data() for tid, e in course.editions.items()}}
