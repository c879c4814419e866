"""Learning paths inside the full site: what each track leaves optional, and the per-track
versions of the final assessment, certificate and progress data the runtime switches to
when the learner has chosen a path (on the Learning paths page, or with `?track=ID`)."""

from __future__ import annotations

from typing import Callable

from ..model import Course
from .text import attr

PICK = "?track="  # a link with this query (and a track id) chooses that path; with none, the whole course


def nav_data(course: Course) -> list[dict]:
    """Per track: id, and the pages it leaves optional (marked so in the navigation and lists)."""
    return [{"id": tid, "o": optional} for tid, optional in course.optional.items()]


def per_track(course: Course, data: Callable[[Course], dict | None]) -> dict:
    """`{"tracks": {id: data(edition)}}` for the runtime to switch to, or {} without tracks."""
    if not course.editions:
        return {}
    return {"tracks": {tid: d for tid, e in course.editions.items() if (d := data(e)) is not None}}


def chosen_html(course: Course, default: str) -> str:
    """Names the learner's path: every option is rendered, and the runtime shows the chosen one."""
    options = [f'<span data-cb-track="">{default}</span>']
    options += [f'<span data-cb-track="{t.id}" hidden>{attr(t.title)}</span>' for t in course.tracks]
    return "".join(options)


def choose_html(track_id: str, title: str) -> str:
    """The link that chooses a path (an empty id: the whole course), and the note shown when chosen."""
    return (f'<p><a class="md-button" href="{PICK}{track_id}">Follow this path<span class="cb-sr">: '
            f'{attr(title)}</span></a> <strong data-cb-track="{track_id}" hidden>This is your path.</strong></p>')
