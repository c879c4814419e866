"""Measure the browser runtime's size: our JS + CSS, raw and gzipped (budget 10 KB gzipped)."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "course_builder" / "assets"
FILES = ("course.js", "course.css")
BUDGET = 10 * 1024


def sizes() -> dict[str, tuple[int, int]]:
    """Raw and gzipped (level 9) bytes per runtime file."""
    out = {}
    for name in FILES:
        data = (ASSETS / name).read_bytes()
        out[name] = (len(data), len(gzip.compress(data, compresslevel=9, mtime=0)))
    return out


def main() -> int:
    total = 0
    for name, (raw, gz) in sizes().items():
        total += gz
        print(f"{name:12} {raw:6} bytes raw  {gz:6} bytes gzipped")
    print(f"{'total':12} {'':6}            {total:6} bytes gzipped (budget {BUDGET})")
    return 0 if total <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
