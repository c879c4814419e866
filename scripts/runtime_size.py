"""What each page loads of ours, gzipped: the runtime's core script, stylesheet and the course's
data (every page), plus the feature scripts and stylesheets the page names. Budgets: a lesson
page 9 KB, any page 16 KB.

    python3 scripts/runtime_size.py [--project DIR]     (default: the shipped course)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LESSON_BUDGET = 9 * 1024
PAGE_BUDGET = 16 * 1024
DATA = re.compile(r'<script type="application/json" id="cb-page-data">(.*?)</script>', re.S)
LINK = re.compile(r'<link rel="stylesheet" href="(?:\.\./)*(assets/course-builder/[^"]+)">')


def gz(text: str) -> int:
    return len(gzip.compress(text.encode(), compresslevel=9, mtime=0))


def page_loads(site) -> dict[str, tuple[str, list[str]]]:
    """Per generated page: its kind, and every file of ours it loads (paths in the site)."""
    every = site.extra_javascript + site.extra_css
    files = site.runtime_files
    out = {}
    for path, text in site.texts.items():
        if not path.endswith(".md"):
            continue
        match = DATA.search(text)
        data = json.loads(match.group(1)) if match else {}
        kind = data.get("page", {}).get("kind", "print" if "cb-sheet" in text else "other")
        features = [files[f] for f in data.get("features", [])]
        out[path] = (kind, every + features + LINK.findall(text))
    return out


def sizes(site) -> dict[str, int]:
    """Per page kind, the most any page of that kind loads (gzipped bytes)."""
    cost = {path: gz(text) for path, text in site.texts.items() if path.startswith("assets/")}
    worst: dict[str, int] = {}
    for kind, files in page_loads(site).values():
        worst[kind] = max(worst.get(kind, 0), sum(cost[f] for f in files))
    return dict(sorted(worst.items()))


def main() -> int:
    from course_builder.pipeline import Project, rendered

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    args = parser.parse_args()
    site = rendered(Project(args.project.resolve()))
    for path, text in sorted(site.texts.items()):
        if path.startswith("assets/course-builder/") and path.endswith((".js", ".css")):
            print(f"  {path.rsplit('/', 1)[1]:32} {len(text.encode()):6} bytes raw  {gz(text):6} gzipped")
    ok = True
    for kind, total in sizes(site).items():
        budget = LESSON_BUDGET if kind == "lesson" else PAGE_BUDGET
        ok &= total <= budget
        print(f"{kind:12} page loads {total:6} bytes gzipped (budget {budget})" + ("" if total <= budget else "  OVER"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
