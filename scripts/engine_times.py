"""Build the shipped course (or --project DIR) with each installed engine, in one run, and print
each build's CPU and wall-clock time (the median of N runs, Python's start-up included).

    python scripts/engine_times.py [--runs 3] [--project DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from bench_build import timed  # noqa: E402

from course_builder.engines import ENGINES, available  # noqa: E402
from course_builder.pipeline import copy_sources  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, default=ROOT)
    args = parser.parse_args()
    tool = str(Path(sys.executable).with_name("course-builder"))
    with tempfile.TemporaryDirectory() as tmp:
        course = copy_sources(args.project, Path(tmp) / "course")
        for name, info in ENGINES.items():
            if not available(name):
                print(f"{info.title:<11} not installed (pip install -e '.[{name}]')")
                continue
            runs = [timed([tool, "build", "--engine", name, "--site-dir", str(Path(tmp) / name)], course)
                    for _ in range(args.runs)]
            cpu, wall = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
            pages = sum(1 for _ in (Path(tmp) / name).rglob("*.html"))
            print(f"{info.title:<11} {wall:5.1f} s wall, {cpu:5.1f} s CPU (median of {args.runs}), {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
