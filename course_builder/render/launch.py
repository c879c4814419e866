"""The SCORM launch page: it holds the LMS session while the course's pages load in a frame
beneath it, and reports status and score by the course's completion rule."""

from __future__ import annotations

import hashlib

from .. import page_text, storage
from ..completion import by_path
from ..model import Course
from .assets import scorm_script
from .templating import render
from .ui_text import ui_text

LAUNCH = "scorm-launch.html"


def lms_data(course: Course) -> dict:
    """What the launch page needs: the storage contract, what completion requires on the whole
    course and on each path, and the table of ids that keeps suspend data short."""
    ids = storage.short_ids(course)
    # The table's checksum guards against a package whose ids have changed.
    return {"prefix": storage.prefix(course), "kinds": storage.KINDS, "need": by_path(course),
            "t": ui_text(course.language, "launch"),
            "ids": ids, "table": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:8]}


@page_text.in_course_language
def launch_page(course: Course) -> tuple[str, dict[str, str]]:
    """The SCO's launch file, and the files it needs (path → content)."""
    script, text = scorm_script()
    return render("launch.html", course=course, data=lms_data(course), script=script), {script: text}
