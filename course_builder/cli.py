"""Command line: parses arguments and calls the pipeline; nothing else."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from . import pipeline
from .engines import ENGINES
from .package.state_size import LIMITS
from .problems import CourseError

SCORM_VERSIONS = list(LIMITS)  # 1.2, 2004 (3rd Edition), 2004-4th
EXPORT_FORMATS = ("gift", "moodle-xml", "qti12", "qti21")
ENGINE_NAMES = tuple(ENGINES)

EPILOG = "Run it in the course folder (the one with course.yml), or pass --project DIR."


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    """--project and -q, accepted before the command and after it (the sub-command's value wins)."""
    default = Path(".") if top else argparse.SUPPRESS
    parser.add_argument("--project", type=Path, default=default, help="course folder (default: .)")
    parser.add_argument("-q", "--quiet", action="store_true", default=False if top else argparse.SUPPRESS,
                        help="print only problems")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="course-builder",
        description="Build a self-paced training course (MkDocs + Material site) from a manual, "
                    "question banks and course.yml.",
        epilog=EPILOG,
    )
    _common(parser, top=True)
    parser.add_argument("--traceback", action="store_true", help=argparse.SUPPRESS)  # for developers
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, description: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=description, epilog=EPILOG)
        _common(p, top=False)
        return p

    def strict(p: argparse.ArgumentParser) -> None:
        p.add_argument("--strict", action="store_true",
                       help="treat warnings (course-builder's and MkDocs') as errors")

    def engine(p: argparse.ArgumentParser) -> None:
        p.add_argument("--engine", choices=ENGINE_NAMES, default="mkdocs",
                       help="the static-site engine: mkdocs (default), properdocs or zensical (each must be "
                            "installed: pip install 'course_builder[properdocs]' or '[zensical]')")

    def track(p: argparse.ArgumentParser, verb: str) -> None:
        p.add_argument("--track", help=f"{verb} one learning path only (a track id from course.yml)")

    b = command("build", "check, render and build the site",
                "Check the course, render its pages and build the static site.")
    b.add_argument("--site-dir", type=Path, help="where to write the site (default: site/, or site-guides/)")
    b.add_argument("--guides", action="store_true",
                   help="a copy for staff: the course plus the staff guides (docs/ pages with audience: staff, "
                        "left out of learners' sites), written to site-guides/")
    strict(b)
    track(b, "build")
    engine(b)

    c = command("check", "check every file (fast); writes nothing",
                "Check every file the build reads (course files, mkdocs.yml, docs/) and report all problems "
                "at once; writes nothing.")
    strict(c)
    track(c, "check")
    c.add_argument("--scorm", choices=SCORM_VERSIONS,
                   help="also check that an LMS of this SCORM version can keep all a learner saves")

    s = command("serve", "preview with rebuild and reload on changes",
                "Serve a live preview that rebuilds when course.yml, manual/, quizzes/, docs/ or mkdocs.yml "
                "change, and reloads the browser.")
    s.add_argument("--dev-addr", default="127.0.0.1:8000", help="address:port (default: 127.0.0.1:8000)")
    s.add_argument("--open", action="store_true", help="open the preview in a browser")

    r = command("render", "write the generated pages for inspection",
                "Write the generated Markdown pages (and copied docs/ and assets).")
    r.add_argument("--out", type=Path, required=True, help="folder to write the pages to")

    pk = command("package", "write a site zip for IT or a SCORM package for an LMS",
                 "Build the site and package it: --zip writes one reproducible archive of the static site for "
                 "IT to host; --scorm 1.2, --scorm 2004 (3rd Edition) or --scorm 2004-4th writes a package to "
                 "upload to a learning management system; --facilitator-guide writes the guide with every answer, "
                 "for facilitators only.")
    kind = pk.add_mutually_exclusive_group(required=True)
    kind.add_argument("--zip", action="store_true", help="the static site as one zip")
    kind.add_argument("--scorm", choices=SCORM_VERSIONS,
                      help="a SCORM package of this version (2004 is the 3rd Edition; 2004-4th the 4th)")
    kind.add_argument("--facilitator-guide", action="store_true",
                      help="the facilitator guide (every answer, for classroom use) as one HTML file to print; "
                           "it is never part of the learners' site")
    pk.add_argument("--out", type=Path, help="output folder (default: dist/)")
    track(pk, "package")
    engine(pk)

    ex = command("export", "write question banks for an LMS's own quiz engine",
                 "Write the question banks in a format an LMS imports into its own question bank, so the final "
                 "assessment can run as the LMS's quiz, graded on the server: gift or moodle-xml (Moodle), qti12 "
                 "(Canvas), qti21 (an IMS QTI 2.1 content package, for other LMSs). The file holds every answer.")
    ex.add_argument("--format", required=True, choices=list(EXPORT_FORMATS), help="the file format")
    ex.add_argument("--pool", help="which questions: final (the final assessment's pool; the default when there "
                                   "is one), all, or a section id")
    ex.add_argument("--reflections", choices=["essay", "omit"], default="essay",
                    help="reflection questions as essay questions for a person to read (default), or left out")
    ex.add_argument("--out", type=Path, help="output folder (default: dist/)")
    track(ex, "export")

    cn = command("certificate-number", "recompute a printed certificate's number, to check it",
                 "Print the certificate number the course gives a learner's name and completion date, to compare "
                 "with the number on a printed certificate.")
    cn.add_argument("--name", required=True, help="the name as printed on the certificate")
    cn.add_argument("--date", required=True, help="the completion date, YYYY-MM-DD")

    sc = command("schema", "write JSON Schemas for editors",
                 "Write a JSON Schema per file kind (course, section, lesson, bank, scenario, facts, glossary, "
                 "contract).")
    sc.add_argument("--out", type=Path, default=Path("schemas"), help="folder (default: schemas/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(format="%(message)s", stream=sys.stderr)
    logging.getLogger("course_builder").setLevel(logging.WARNING if args.quiet else logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    logging.getLogger("watchfiles").setLevel(logging.WARNING)
    project = pipeline.Project(args.project.resolve(), getattr(args, "track", None), getattr(args, "strict", False),
                               getattr(args, "scorm", None) if args.command == "check" else None,
                               getattr(args, "guides", False), getattr(args, "engine", "mkdocs"))
    try:
        return _run(args, project)
    except CourseError as exc:
        print(exc.problems.format(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug of ours: say so plainly, without a traceback for the author
        if args.traceback:
            raise
        print(f"error: course-builder failed unexpectedly ({type(exc).__name__}: {exc}). Nothing was replaced: "
              "the previous site and packages are as they were.\nPlease report this with the command you ran; "
              "add --traceback before the command for the details.", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, project: pipeline.Project) -> int:
    if args.command == "check":
        started = time.perf_counter()
        checked = pipeline.check(project)
        course, warned = checked.course, len(checked.warnings.warnings)
        counts = {"sections": len(course.sections),
                  "lessons": sum(len(s.lessons) for s in course.sections),
                  "scenarios": sum(len(s.scenarios) for s in course.sections),
                  "questions": len(course.questions)}
        summary = ", ".join(f"{n} {k if n != 1 else k[:-1]}" for k, n in counts.items())
        note = f"; {warned} warning{'s' if warned != 1 else ''}, listed above" if warned else ""
        print(f"OK: {course.title} {course.version} — {summary} ({time.perf_counter() - started:.2f} s){note}")
        if checked.state_size is not None:
            print(f"SCORM {args.scorm}: a learner's saved progress needs at most {checked.state_size:,} of the "
                  f"{LIMITS[args.scorm]:,} characters the LMS keeps.")
        return 0
    if args.command == "render":
        pipeline.render(project, args.out)
        print(f"Wrote the generated pages to {args.out}")
        return 0
    if args.command == "certificate-number":
        import datetime

        from .certificate import certificate_number

        try:
            date = datetime.date.fromisoformat(args.date).isoformat()
        except ValueError:
            print(f"error: --date {args.date}: give the completion date as YYYY-MM-DD, e.g. 2026-11-30",
                  file=sys.stderr)
            return 1
        course = pipeline.check(project, list_lint=False).course
        print(certificate_number(course.id, course.version, args.name, date))
        return 0
    if args.command == "schema":
        from .schema_files import write_schemas

        for path in write_schemas(args.out):
            print(f"Wrote {path}")
        return 0
    if args.command == "export":
        from .export import PoolError

        try:
            done = pipeline.export_bank(project, args.format, args.pool, args.out, args.reflections == "essay")
        except PoolError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{done.questions} question{'s' if done.questions != 1 else ''} written to {done.path}")
        for line in done.summary():
            print(f"  note: {line}")
        return 0
    if args.command == "serve":
        from .engines import SiteBuildError as ServeError
        from .serve import serve

        try:
            serve(project, args.dev_addr, args.open)
        except ServeError as exc:
            print(f"error: the preview could not start: {exc}", file=sys.stderr)
            return 1
        return 0
    from .engines import ENGINES, EngineUnavailable, SiteBuildError

    try:
        if args.command == "package" and args.scorm:
            target = pipeline.package_scorm(project, args.scorm, args.out)
            print(f"SCORM {args.scorm} package written to {target}")
            return 0
        if args.command == "package" and args.facilitator_guide:
            target = pipeline.package_facilitator_guide(project, args.out)
            print(f"Facilitator guide written to {target}")
            return 0
        if args.command == "package":
            target = pipeline.package_zip(project, args.out)
            print(f"Site zip written to {target}")
            return 0
        target = pipeline.build(project, args.site_dir)
    except EngineUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except SiteBuildError as exc:
        print(f"error: {ENGINES[project.engine].title} could not build the site: {exc}\nThe previous site was "
              "left as it was.", file=sys.stderr)
        return 1
    print(f"Site written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
