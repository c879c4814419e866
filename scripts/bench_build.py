"""Time `course-builder check`, `course-builder build`, and a bare `mkdocs build` of the
same rendered pages, on a copy of the shipped course. Prints the median of N runs.

    python scripts/bench_build.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from course_builder.pipeline import copy_sources  # noqa: E402


def timed(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        course = copy_sources(ROOT, Path(tmp) / "course")
        cb = [sys.executable, "-m", "course_builder"]
        commands = {
            "course-builder check": cb + ["check"],
            "course-builder build": cb + ["build"],
            "bare mkdocs build": [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "build/mkdocs.yml",
                                  "-d", str(Path(tmp) / "bare-site")],
        }
        subprocess.run(cb + ["build"], cwd=course, check=True, capture_output=True)  # warm-up
        for label, cmd in commands.items():
            runs = [timed(cmd, course) for _ in range(args.runs)]
            print(f"{label:22} median {statistics.median(runs):.2f} s  "
                  f"(min {min(runs):.2f}, max {max(runs):.2f}, {args.runs} runs, wall clock incl. Python start-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
