"""The data each page's widgets need from Python (its own, inline in the page), in the shapes
the runtime reads."""

from __future__ import annotations

from typing import Any

from ..completion import by_path, requirements
from ..model import Contract, Course, Question, Scenario
from . import seal
from .site_paths import CERTIFICATE, REVIEW, html, lesson_path, quiz_links
from .text import plain


def page(page_id: str, kind: str, section: str | None = None, features: tuple[str, ...] = (), **data: Any) -> dict:
    """A page's data: which page it is, the feature files it needs, and what its widgets need."""
    return {"page": {"id": page_id, "kind": kind, **({"section": section} if section else {})},
            **({"features": list(features)} if features else {}), **data}


def questions(items: list[Question]) -> dict:
    """A knowledge check's questions (practice, counted toward no score): type and right answer."""
    return {q.id: {"type": q.type, "correct": q.correct} if q.scored else {"type": q.type} for q in items}


def sealed(course: Course, items: list[Question]) -> dict:
    """A scored quiz's questions: no right answer, only salted digests and sealed feedback."""
    return {q.id: seal.sealed(course, q) if q.scored else {"type": q.type} for q in items}


def scenario(s: Scenario) -> dict:
    """The decision graph the runtime replays: choice → (score, next, steps) and the node's best
    score; endings by outcome."""
    nodes: dict[str, dict] = {}
    for n in s.nodes:
        if n.outcome:
            nodes[n.id] = {"end": n.outcome}
        else:
            nodes[n.id] = {"c": {c.id: [c.score, c.next, list(c.steps)] for c in n.choices}, "b": n.best}
    return {"id": s.id, "start": s.start, "nodes": nodes}


def contract(course: Course, c: Contract) -> dict:
    """Reflections the contract offers as starting points: id and prompt (as text)."""
    return {"id": c.id, "max": c.max_commitments, "min": c.min_commitments,
            "reflections": [{"id": r, "prompt": plain(course.questions[r].prompt, course.questions[r].html)}
                            for r in c.reflections]}


def certificate(course: Course) -> dict:
    """What the certificate requires (the whole course's, and each path's to switch to)."""
    paths = by_path(course)
    whole = paths.pop("")
    tracks = {tid: {**need, "minutes": course.editions[tid].minutes} for tid, need in paths.items()}
    return {**whole, "minutes": course.minutes, "course": course.id, "version": course.version,
            "contract": next((s.contract.id for s in course.sections if s.contract), None),
            **({"tracks": tracks} if tracks else {})}


def progress(course: Course) -> dict:
    """What My progress counts, per section, for the whole course and for each path; the address
    and title of each lesson and quiz are given once, under `links`, and the scored knowledge-check
    questions of each lesson under `checks`."""
    tracks = {tid: _progress(e) for tid, e in course.editions.items()}
    quizzes = quiz_links(course)
    links = {lesson.id: [html(lesson_path(lesson)), lesson.title] for s in course.sections for lesson in s.lessons}
    links.update({s.quiz.id: [quizzes[s.quiz.id], s.quiz.title] for s in course.sections if s.quiz})
    if course.final:
        links[course.final.id] = [quizzes[course.final.id], course.final.title]
    checks = {lesson.id: [q for q in lesson.check if course.questions[q].scored]
              for s in course.sections for lesson in s.lessons if lesson.check}
    return {**_progress(course), "links": links, "checks": checks, "certificate": html(CERTIFICATE),
            "review": html(REVIEW),
            **({"tracks": tracks} if tracks else {})}


def _progress(course: Course) -> dict:
    """Per section what there is to do, and what completion requires (`need`, as the certificate
    reads it), so the overall figure and "finished" follow the one rule."""
    sections = [{"id": s.id, "lessons": [lesson.id for lesson in s.lessons],
                 "quiz": s.quiz.id if s.quiz else None, "scenarios": [sc.id for sc in s.scenarios]}
                for s in course.sections if s.kind == "section"]
    return {"sections": sections, "final": course.final.id if course.final else None,
            "need": requirements(course).data()}


def final(course: Course) -> dict:
    """The final's draw: how many questions, from which groups; per path, from its sections."""
    def draw(c: Course) -> dict:
        assert c.final is not None
        return {"draw": c.final.draw, "groups": [list(ids) for _, ids in c.final.groups]}

    assert course.final is not None
    tracks = {tid: draw(e) for tid, e in course.editions.items() if e.final}
    return {"id": course.final.id, "pass": course.final.pass_mark, "attempts": course.final.attempts,
            **draw(course), **({"tracks": tracks} if tracks else {})}


def nav_paths(course: Course) -> list[dict]:
    """Per path: id, and the pages it leaves optional (marked so in the navigation and lists)."""
    return [{"id": tid, "o": optional} for tid, optional in course.optional.items()]
