"""Single-track editions: the course cut down to what one role's learning path requires."""

from __future__ import annotations

from dataclasses import replace

from .model import Course
from .problems import CourseError, Problems, did_you_mean


def for_track(course: Course, track_id: str) -> Course:
    """The course with only the track's sections, lessons and scenarios (appendices stay)."""
    track = next((t for t in course.tracks if t.id == track_id), None)
    if track is None:
        problems = Problems()
        known = [t.id for t in course.tracks]
        problems.add("course.yml", 0, f"no track with id '{track_id}'",
                     did_you_mean(track_id, known) or ("tracks: " + ", ".join(known) if known
                                                       else "define tracks: in course.yml"))
        raise CourseError(problems)
    sections = []
    for s in course.sections:
        if s.kind == "appendix" or s.id in track.sections:
            keep = s.scenarios if track.scenarios is None else tuple(x for x in s.scenarios if x.id in track.scenarios)
            sections.append(replace(s, scenarios=keep))
        elif any(l.id in track.lessons for l in s.lessons):
            sections.append(replace(s, lessons=tuple(l for l in s.lessons if l.id in track.lessons),
                                    scenarios=(), quiz=None, contract=None))
    final = course.final
    if final:
        groups = tuple(g for g in final.groups if g[0] in track.sections)
        pool = sum(len(ids) for _, ids in groups)
        final = replace(final, groups=groups, draw=min(track.final_draw or final.draw, pool)) if pool else None
    return replace(course, sections=tuple(sections), final=final, track=track)
