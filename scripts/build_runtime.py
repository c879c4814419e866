"""Join the browser runtime's source modules into its bundles and minify each with terser, into
course_builder/runtime/dist/NAME.min.js:

- core: on every page (storage, questions, knowledge checks, paths and nav marks, binding)
- quiz, scenario, contract, records: feature files that only the pages using them load (quiz:
  scored quizzes and the final assessment, graded by salted digests)
- scorm: the SCORM launch page's script (SCORM packages only)

    python3 scripts/build_runtime.py          (after `npm ci`; run it after editing the runtime)
    python3 scripts/build_runtime.py --check  exits 1 if a bundle is out of date

The minified files are committed so that building a course needs no Node.js.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "course_builder" / "runtime"
DIST = RUNTIME / "dist"
TERSER = ROOT / "node_modules" / "terser" / "bin" / "terser"
# keys.js (the storage contract) and status.js (the completion rule) are written once and
# shared by the bundles that need them.
BUNDLES = {
    "core": ["keys.js", "00-core.js", "10-questions.js", "20-check.js", "70-paths.js", "90-init.js"],
    "quiz": ["sha256.js", "quiz.js"],
    "scenario": ["scenario.js"],
    "contract": ["contract.js"],
    "records": ["status.js", "records.js", "review.js"],  # isObj from the core
    "scorm": ["keys.js", "status.js", "scorm-launch.js"],
}


def source(name: str) -> str:
    parts = [(RUNTIME / module).read_text(encoding="utf-8") for module in BUNDLES[name]]
    return ('(() => {\n"use strict";\nconst CB = (window.CourseBuilder = window.CourseBuilder || {});\n'
            + "\n".join(parts) + "})();\n")


def minified(name: str) -> str:
    if not TERSER.is_file():
        sys.exit("terser is missing: run `npm ci` first")
    banner = f"/* course-builder runtime: {name}. Source: course_builder/runtime/ ({', '.join(BUNDLES[name])}) */"
    result = subprocess.run(
        ["node", str(TERSER), "--compress", "passes=2", "--mangle", "--ecma", "2020",
         "--format", f"preamble={banner!r}"],
        input=source(name), capture_output=True, text=True, check=True)
    return result.stdout.rstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the bundles are current")
    args = parser.parse_args()
    stale = []
    DIST.mkdir(exist_ok=True)
    for name in BUNDLES:
        text, path = minified(name), DIST / f"{name}.min.js"
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"Wrote {path.relative_to(ROOT)} ({len(text)} bytes)")
    if stale:
        print(f"out of date: {', '.join(stale)}: run python3 scripts/build_runtime.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
