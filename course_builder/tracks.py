"""Single-track editions: the course cut down to what one role's learning path requires."""

from __future__ import annotations

from dataclasses import replace

from .model import Course


def for_track(course: Course, track_id: str) -> Course:
    """The course with only the track's sections, lessons and scenarios (appendices stay).

    `track_id` must name one of the course's tracks (the one-pass check reports one that does not)."""
    track = next(t for t in course.tracks if t.id == track_id)
    sections = []
    for s in course.sections:
        if s.kind == "appendix" or s.id in track.sections:
            keep = s.scenarios if track.scenarios is None else tuple(x for x in s.scenarios if x.id in track.scenarios)
            sections.append(replace(s, scenarios=keep))
        elif any(lesson.id in track.lessons for lesson in s.lessons):
            sections.append(replace(s, lessons=tuple(lesson for lesson in s.lessons if lesson.id in track.lessons),
                                    scenarios=(), quiz=None, contract=None))
    final = course.final
    if final:
        groups = tuple(g for g in final.groups if g[0] in track.sections)
        pool = sum(len(ids) for _, ids in groups)
        final = replace(final, groups=groups, draw=min(track.final_draw or final.draw, pool)) if pool else None
    return replace(course, sections=tuple(sections), final=final, track=track, editions={})


def editions(course: Course) -> dict[str, Course]:
    """Each track's edition of `course`, by track id."""
    return {t.id: for_track(course, t.id) for t in course.tracks}
