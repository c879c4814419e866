"""Where the runtime's files live: in the package, and in the site."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ASSET_DIR = "assets/course-builder"
RUNTIME_DIR = Path(str(resources.files("course_builder") / "runtime"))
