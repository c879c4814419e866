"""Time `course-builder check`, `course-builder build`, and a bare `mkdocs build` of the same
rendered pages, on a copy of the shipped course, in one run: the median of N runs of each, in
CPU seconds (user + system, so a busy shared machine matters less) and wall clock, each
including Python's start-up. The figure to watch is build ÷ bare MkDocs in CPU: what our own
work adds to MkDocs' (aim ≤ 1.10).

    python scripts/bench_build.py [--runs 5] [--project DIR]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from course_builder.pipeline import copy_sources  # noqa: E402


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        course = copy_sources(args.project.resolve(), Path(tmp) / "course")
        cb = [sys.executable, "-m", "course_builder"]
        commands = {
            "course-builder check": cb + ["check"],
            "course-builder build": cb + ["build"],
            "bare mkdocs build": [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "build/mkdocs.yml",
                                  "-d", str(Path(tmp) / "bare-site")],
        }
        subprocess.run(cb + ["build"], cwd=course, check=True, capture_output=True)  # warm-up, and build/
        results: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        for _ in range(args.runs):  # interleaved, so a slow spell of the machine hits all three
            for label, cmd in commands.items():
                results[label].append(timed(cmd, course))
        cpu = {label: sorted(c for c, _ in runs) for label, runs in results.items()}
        for label, runs in results.items():
            print(f"{label:22} CPU median {statistics.median(cpu[label]):.2f} s, least {cpu[label][0]:.2f} s; "
                  f"wall median {statistics.median(w for _, w in runs):.2f} s ({args.runs} runs, with Python start-up)")
        build, bare = cpu["course-builder build"], cpu["bare mkdocs build"]
        # Noise on a shared machine only adds time, so the least of many runs is the steadier figure.
        print(f"build ÷ bare mkdocs build, CPU: {statistics.median(build) / statistics.median(bare):.2f}× by medians, "
              f"{build[0] / bare[0]:.2f}× by least")
    return 0


if __name__ == "__main__":
    sys.exit(main())
