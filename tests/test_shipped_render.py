"""A content test: the shipped course renders to exactly the pages recorded in
tests/golden/shipped-render.json (a hash of each generated page, runtime file names without their
content hash). It proves that a change of the rendering machinery (such as the move to templates)
changes no page. After an intended change of the course or of its pages, record the new ones:

    UPDATE_GOLDEN=1 python -m pytest tests/test_shipped_render.py

and inspect them with `course-builder render --out DIR`."""

from __future__ import annotations

import hashlib
import json
import os
import re

from course_builder.pipeline import rendered

from .conftest import ROOT

SNAPSHOT = ROOT / "tests" / "golden" / "shipped-render.json"
HASHED = re.compile(r"\.[0-9a-f]{10}\.(css|js)\b")


def _normal(text: str) -> str:
    """The page with runtime file names unhashed, and one spelling of each quote entity (the
    templates' escaping writes &#39; and &#34; where Python's html.escape wrote &#x27; and &quot;)."""
    return HASHED.sub(r".HASH.\1", text).replace("&#x27;", "&#39;").replace("&quot;", "&#34;")


def _fingerprints(site) -> dict[str, str]:
    return {path: hashlib.sha256(_normal(text).encode()).hexdigest()[:16]
            for path, text in sorted(site.texts.items()) if path.endswith(".md")}


def test_the_shipped_pages_are_the_recorded_ones(shipped_project):
    actual = _fingerprints(rendered(shipped_project))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        SNAPSHOT.write_text(json.dumps(actual, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = sorted(p for p in expected.keys() | actual.keys() if expected.get(p) != actual.get(p))
    assert changed == [], f"these pages changed: {changed}"
