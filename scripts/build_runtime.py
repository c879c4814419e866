"""Join the runtime's source modules (course_builder/runtime/NN-*.js) and minify them with
terser into course_builder/runtime/course.min.js, the one file every page loads.

    python3 scripts/build_runtime.py          (after `npm ci`; run it after editing the runtime)
    python3 scripts/build_runtime.py --check  exits 1 if course.min.js is out of date

The minified file is committed so that building a course needs no Node.js.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "course_builder" / "runtime"
OUTPUT = RUNTIME / "course.min.js"
TERSER = ROOT / "node_modules" / "terser" / "bin" / "terser"
BANNER = "/* course-builder runtime. Source: course_builder/runtime/NN-*.js */"


def source() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(RUNTIME.glob("[0-9][0-9]-*.js"))]
    return ('(() => {\n"use strict";\nconst CB = (window.CourseBuilder = window.CourseBuilder || {});\n'
            + "\n".join(parts) + "})();\n")


def minified() -> str:
    if not TERSER.is_file():
        sys.exit("terser is missing: run `npm ci` first")
    result = subprocess.run(
        ["node", str(TERSER), "--compress", "--mangle", "--ecma", "2020", "--format", f"preamble={BANNER!r}"],
        input=source(), capture_output=True, text=True, check=True)
    return result.stdout.rstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that course.min.js is current")
    args = parser.parse_args()
    text = minified()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else ""
        if current != text:
            print("course_builder/runtime/course.min.js is out of date: run python3 scripts/build_runtime.py")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUTPUT.relative_to(ROOT)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
