"""The inline data of each page (its own data for the runtime; what every page shares is in the
course-data file): raw bytes, median and largest, by page kind. Target: median ≤ 1,200 bytes.

    python3 scripts/page_data_size.py [--project DIR]     (default: the shipped course)
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 1200
DATA = re.compile(r'<script type="application/json" id="cb-page-data">(.*?)</script>', re.S)


def inline_sizes(site) -> dict[str, tuple[str, int]]:
    """Per generated page with data: its kind and the raw bytes of its inline JSON."""
    out = {}
    for path, text in site.texts.items():
        match = DATA.search(text) if path.endswith(".md") else None
        if match:
            out[path] = (json.loads(match.group(1))["page"]["kind"], len(match.group(1).encode()))
    return out


def main() -> int:
    from course_builder.pipeline import Project, rendered

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    args = parser.parse_args()
    found = inline_sizes(rendered(Project(args.project.resolve())))
    by_kind: dict[str, list[int]] = {}
    for kind, size in found.values():
        by_kind.setdefault(kind, []).append(size)
    for kind, values in sorted(by_kind.items()):
        print(f"{kind:12} {len(values):3} pages  median {statistics.median(values):7.0f}  max {max(values):6} bytes")
    median = statistics.median(size for _, size in found.values())
    print(f"{'all':12} {len(found):3} pages  median {median:7.0f}  max {max(s for _, s in found.values()):6} bytes "
          f"(target: median ≤ {TARGET})")
    return 0 if median <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
