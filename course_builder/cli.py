"""Command line: parses arguments and calls the pipeline; nothing else."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from . import pipeline
from .problems import CourseError

EPILOG = "Run it in the course folder (the one with course.yml), or pass --project DIR."


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="course-builder",
        description="Build a self-paced training course (MkDocs + Material site) from a manual, "
                    "question banks and course.yml.",
        epilog=EPILOG,
    )
    parser.add_argument("--project", type=Path, default=Path("."), help="course folder (default: .)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="validate, render and build the site", epilog=EPILOG,
                       description="Validate the course, render its pages and build the static site.")
    b.add_argument("--site-dir", type=Path, help="where to write the site (default: site/)")
    b.add_argument("--strict", action="store_true", help="treat MkDocs warnings as errors")
    b.add_argument("--track", help="build one learning path only (a track id from course.yml)")

    sub.add_parser("check", help="validate only (fast)", epilog=EPILOG,
                   description="Validate every file and report all problems at once; writes nothing.")

    s = sub.add_parser("serve", help="preview with rebuild and reload on changes", epilog=EPILOG,
                       description="Serve a live preview that rebuilds when course.yml, manual/, "
                                   "quizzes/ or docs/ change, and reloads the browser.")
    s.add_argument("--dev-addr", default="127.0.0.1:8000", help="address:port (default: 127.0.0.1:8000)")
    s.add_argument("--open", action="store_true", help="open the preview in a browser")

    r = sub.add_parser("render", help="write the generated pages for inspection", epilog=EPILOG,
                       description="Write the generated Markdown pages (and copied docs/ and assets).")
    r.add_argument("--out", type=Path, required=True, help="folder to write the pages to")

    pk = sub.add_parser("package", help="write a site zip for IT or a SCORM package for an LMS",
                        epilog=EPILOG, description="Build the site and package it: --zip writes one "
                        "reproducible archive of the static site for IT to host; --scorm 1.2 or --scorm 2004 "
                        "writes a package to upload to a learning management system.")
    kind = pk.add_mutually_exclusive_group(required=True)
    kind.add_argument("--zip", action="store_true", help="the static site as one zip")
    kind.add_argument("--scorm", choices=["1.2", "2004"], help="a SCORM package of this version")
    pk.add_argument("--out", type=Path, help="output folder (default: dist/)")
    pk.add_argument("--track", help="package one learning path only (a track id from course.yml)")

    sc = sub.add_parser("schema", help="write JSON Schemas for editors", epilog=EPILOG,
                        description="Write a JSON Schema per file kind (course, section, lesson, bank, "
                                    "scenario, facts, glossary, contract).")
    sc.add_argument("--out", type=Path, default=Path("schemas"), help="folder (default: schemas/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(format="%(message)s", stream=sys.stderr)
    logging.getLogger("course_builder").setLevel(logging.WARNING if args.quiet else logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    logging.getLogger("watchfiles").setLevel(logging.WARNING)
    project = pipeline.Project(args.project.resolve(), getattr(args, "track", None))
    try:
        return _run(args, project)
    except CourseError as exc:
        print(exc.problems.format(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace, project: pipeline.Project) -> int:
    from .mkdocs_adapter import SiteBuildError

    if args.command == "check":
        started = time.perf_counter()
        course, _ = pipeline.check(project)
        counts = {"sections": len(course.sections),
                  "lessons": sum(len(s.lessons) for s in course.sections),
                  "scenarios": sum(len(s.scenarios) for s in course.sections),
                  "questions": len(course.questions)}
        summary = ", ".join(f"{n} {k if n != 1 else k[:-1]}" for k, n in counts.items())
        print(f"OK: {course.title} {course.version} — {summary} ({time.perf_counter() - started:.2f} s)")
        return 0
    if args.command == "render":
        pipeline.render(project, args.out)
        print(f"Wrote the generated pages to {args.out}")
        return 0
    if args.command == "schema":
        from .schema_files import write_schemas

        for path in write_schemas(args.out):
            print(f"Wrote {path}")
        return 0
    if args.command == "serve":
        from .serve import serve

        serve(project, args.dev_addr, args.open)
        return 0
    try:
        if args.command == "package" and args.scorm:
            target = pipeline.package_scorm(project, args.scorm, args.out)
            print(f"SCORM {args.scorm} package written to {target}")
            return 0
        if args.command == "package":
            target = pipeline.package_zip(project, args.out)
            print(f"Site zip written to {target}")
            return 0
        target = pipeline.build(project, args.site_dir, strict=args.strict)
    except SiteBuildError as exc:
        print(f"error: MkDocs could not build the site: {exc}\nThe previous site was left as it was.",
              file=sys.stderr)
        return 1
    print(f"Site written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
