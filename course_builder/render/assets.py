"""The runtime's files as the site serves them: the core every page loads, the feature files
pages load when they need them, the stylesheet, and the course-wide data. Each file's name
carries a hash of its content, so web servers and browsers may cache it for as long as they
like: a new build that changes a file gives it a new name."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from .. import storage
from ..model import Course
from .assets_dir import ASSET_DIR, RUNTIME_DIR
from .data import nav_paths
from .site_paths import page_table
from .styles import branding_stylesheet, stylesheets
from .ui_text import ui_text

FEATURES = ("quiz", "scenario", "contract", "records")  # loaded by the pages that name them
SEARCH_SHIM = f"{ASSET_DIR}/vendor/iframe-worker-shim.js"


def bundle(name: str) -> str:
    """A minified runtime bundle (built from runtime/*.js by scripts/build_runtime.py, committed)."""
    return (RUNTIME_DIR / "dist" / f"{name}.min.js").read_text(encoding="utf-8")


def hashed(stem: str, text: str, suffix: str) -> str:
    """The file's path in the site, named after its content."""
    return f"{ASSET_DIR}/{stem}.{hashlib.sha256(text.encode()).hexdigest()[:10]}{suffix}"


def course_data(course: Course, files: dict[str, str]) -> dict:
    """What every page's runtime needs of the course, computed here once: storage prefix and
    record kinds, interface text, which page each address is, the paths, and the runtime's files."""
    return {"prefix": storage.prefix(course), "course": course.id, "version": course.version,
            "kinds": storage.KINDS, "t": ui_text(course.language), "pages": page_table(course),
            "paths": nav_paths(course), "files": files}


@dataclass
class RuntimeAssets:
    texts: dict[str, str] = field(default_factory=dict)  # path in the site → content
    javascript: list[str] = field(default_factory=list)  # what every page loads, in order
    css: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # core and each feature → its path


def runtime_assets(course: Course) -> RuntimeAssets:
    out = RuntimeAssets()
    files = {}
    for name in ("core", *FEATURES):
        text = bundle(name)
        sentences = ui_text(course.language, name) if name != "core" else {}
        if sentences:  # a feature's sentences travel with it (the core's in the course data)
            text = f"Object.assign(CourseBuilder.course.t, {_json(sentences)});\n{text}"
        files[name] = hashed(name, text, ".js")
        out.texts[files[name]] = text
    data = f"(window.CourseBuilder = window.CourseBuilder || {{}}).course = {_json(course_data(course, files))};\n"
    data_path = hashed("course-data", data, ".js")
    out.texts[data_path] = data
    out.texts.update(dict(stylesheets().values()))
    out.javascript, out.files = [data_path, files["core"]], files
    out.css = [stylesheets()["core"][0]]
    branding = branding_stylesheet(course.branding)
    if branding:  # after the core stylesheet, so its colours win
        out.css.append(hashed("branding", branding, ".css"))
        out.texts[out.css[-1]] = branding
    return out


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def scorm_script() -> tuple[str, str]:
    """The SCORM launch page's script: its path in the package and its content."""
    text = bundle("scorm")
    return hashed("scorm", text, ".js"), text
