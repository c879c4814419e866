"""Measure the browser runtime's size: our JS + CSS, raw and gzipped (budget 10 KB gzipped)."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BUDGET = 10 * 1024


def sizes() -> dict[str, tuple[int, int]]:
    """Raw and gzipped (level 9) bytes of the files the site serves: course.js (the runtime
    modules joined and minified) and course.css (minified)."""
    from course_builder.render.generate import runtime_css, runtime_js

    files = {"course.js": runtime_js().encode(), "course.css": runtime_css().encode()}
    return {name: (len(data), len(gzip.compress(data, compresslevel=9, mtime=0))) for name, data in files.items()}


def main() -> int:
    total = 0
    for name, (raw, gz) in sizes().items():
        total += gz
        print(f"{name:12} {raw:6} bytes raw  {gz:6} bytes gzipped")
    print(f"{'total':12} {'':6}            {total:6} bytes gzipped (budget {BUDGET})")
    return 0 if total <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
