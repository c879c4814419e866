"""Read the author's files (course.yml, manual/, quizzes/, docs/) with their source positions.

Every read goes through `read_text`, which turns what the file system can throw at us
(folders named like files, broken links, links out of the project, huge or non-UTF-8 files)
into problems naming the file, so nothing reaches the author as a traceback."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problems
from .yaml_source import SourceDoc, YamlSyntaxError, load_yaml

LESSON_NAME = re.compile(r"^(\d+)-(.+)\.md$")
SCENARIO_NAME = re.compile(r"^(\d+)-(.+)\.ya?ml$")
YAML_SUFFIXES = (".yml", ".yaml")
MAX_BYTES = 5_000_000  # one course file; the shipped course's largest is about 60 KB
FRONT_MATTER_EXAMPLE = "start the file with front matter, e.g.\n---\ntitle: What service means\n" \
    "objectives:\n  - Define service\ntakeaways:\n  - Service is outcome plus experience\n---"


@dataclass
class LessonSource:
    path: str
    number: int
    slug: str
    meta: SourceDoc
    body: str
    body_line: int  # file line where the body starts


@dataclass
class ScenarioSource:
    number: int
    slug: str
    doc: SourceDoc


@dataclass
class SectionSource:
    folder: str
    path: str
    meta: SourceDoc | None
    lessons: list[LessonSource] = field(default_factory=list)
    lesson_files: int = 0
    scenarios: list[ScenarioSource] = field(default_factory=list)
    contract: SourceDoc | None = None


@dataclass
class Sources:
    """Everything an author wrote, parsed but not yet validated."""

    root: Path
    course: SourceDoc | None
    sections: dict[str, SectionSource]
    banks: list[SourceDoc]
    unreadable_banks: int = 0
    facts: SourceDoc | None = None
    glossary: SourceDoc | None = None
    course_path: str = "course.yml"
    unreadable: set[str] = field(default_factory=set)  # "facts", "glossary": there, but not loaded

    def documents(self) -> list[SourceDoc]:
        """Every YAML document loaded (lesson front matter included)."""
        docs = [d for d in (self.course, self.facts, self.glossary) if d] + list(self.banks)
        for s in self.sections.values():
            docs += [d for d in (s.meta, s.contract) if d]
            docs += [lesson.meta for lesson in s.lessons] + [sc.doc for sc in s.scenarios]
        return docs


def rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def inside(root: Path, path: Path) -> bool:
    """Whether `path`, with every link followed, is inside the project folder `root`."""
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def usable_file(root: Path, path: Path, problems: Problems) -> bool:
    """Whether `path` is a regular file inside the project that may be read; else a problem."""
    name = rel(root, path)
    if path.is_symlink() and not path.exists():
        problems.add(name, 0, f"{name} is a link to a file that does not exist",
                     "remove the link, or point it at the file")
        return False
    if not inside(root, path):
        problems.add(name, 0, f"{name} links to a file outside the course folder",
                     "copy the file into the course folder instead; course-builder never publishes "
                     "files from outside it")
        return False
    if path.is_dir():
        problems.add(name, 0, f"{name} is a folder, but a file of that name is expected here",
                     "rename or move the folder")
        return False
    return True


def read_text(root: Path, path: Path, problems: Problems) -> str | None:
    """The text of an author file (UTF-8, a byte-order mark allowed, line ends made '\\n'), or
    None after adding a problem that names it."""
    name = rel(root, path)
    if not usable_file(root, path, problems):
        return None
    try:
        if path.stat().st_size > MAX_BYTES:
            problems.add(name, 0, f"{name} is larger than {MAX_BYTES // 1_000_000} MB",
                         "split it into several files")
            return None
        return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        problems.add(name, 0, "file is not UTF-8 text", "save it as UTF-8")
    except OSError as exc:
        problems.add(name, 0, f"cannot read {name}: {exc.strerror or exc}", "check the file's permissions")
    return None


def read_yaml(root: Path, path: Path, problems: Problems, foreign_tags: bool = False) -> SourceDoc | None:
    text = read_text(root, path, problems)
    if text is None:
        return None
    try:
        return load_yaml(text, rel(root, path), foreign_tags=foreign_tags)
    except YamlSyntaxError as exc:
        problems.add(rel(root, path), exc.line, exc.message, exc.hint)
        return None


def yaml_file(root: Path, folder: Path, stem: str, problems: Problems) -> Path | None:
    """`stem.yml` or `stem.yaml` in `folder` (a problem if both are there), or None."""
    found = [folder / (stem + s) for s in YAML_SUFFIXES if (folder / (stem + s)).exists()
             or (folder / (stem + s)).is_symlink()]
    if len(found) > 1:
        problems.add(rel(root, found[1]), 0, f"both {found[0].name} and {found[1].name} are in "
                     f"{rel(root, folder) or 'the course folder'}", f"keep one of them; {found[0].name} is read")
    return found[0] if found else None


def read_lesson(root: Path, path: Path, problems: Problems) -> LessonSource | None:
    name = rel(root, path)
    match = LESSON_NAME.match(path.name)
    if not match:
        problems.add(name, 0, "lesson file names start with a number, e.g. 01-what-is-service.md",
                     f"rename it to 01-{path.stem}.md (the number sets its order)")
        return None
    text = read_text(root, path, problems)
    if text is None:
        return None
    lines = text.split("\n")
    if lines[0].strip() != "---":
        problems.add(name, 1, "lesson has no front matter", FRONT_MATTER_EXAMPLE)
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.add(name, 1, "front matter is not closed", "add a line with only '---' after it")
        return None
    try:
        meta = load_yaml("\n".join(lines[1:end]), name, line_offset=1)
    except YamlSyntaxError as exc:
        problems.add(name, exc.line, exc.message, exc.hint)
        return None
    if meta.data is None:
        meta.data = {}
    return LessonSource(name, int(match.group(1)), match.group(2), meta, "\n".join(lines[end + 1:]), end + 2)


def _folders(root: Path, parent: Path, problems: Problems) -> list[Path]:
    out = []
    for folder in sorted(p for p in parent.iterdir() if p.is_dir()):
        if folder.name.startswith((".", "_")):
            continue
        if not inside(root, folder):
            problems.add(rel(root, folder), 0, f"{rel(root, folder)} links to a folder outside the course folder",
                         "copy the folder into the course instead")
            continue
        out.append(folder)
    return out


def _files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Entries of `folder` whose names end in one of `suffixes` (folders too: read_text reports them)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(suffixes) and not p.name.startswith("."))


def _section(root: Path, folder: Path, problems: Problems) -> SectionSource:
    meta_path = yaml_file(root, folder, "section", problems)
    meta = read_yaml(root, meta_path, problems) if meta_path else None
    section = SectionSource(folder.name, rel(root, folder), meta)
    if meta_path is None:
        problems.add(rel(root, folder / "section.yml"), 0, "section folder has no section.yml",
                     "create it with: title, summary, objectives (and optionally quiz)")
    contract = yaml_file(root, folder, "contract", problems)
    if contract:
        section.contract = read_yaml(root, contract, problems)
    for lesson_path in _files(folder, (".md",)):
        section.lesson_files += 1
        lesson = read_lesson(root, lesson_path, problems)
        if lesson:
            section.lessons.append(lesson)
    for scenario_path in _files(folder / "scenarios", YAML_SUFFIXES):
        match = SCENARIO_NAME.match(scenario_path.name)
        if not match:
            problems.add(rel(root, scenario_path), 0, "scenario file names start with a number, "
                         "e.g. 01-high-bill.yml", f"rename it to 01-{scenario_path.stem}{scenario_path.suffix}")
            continue
        doc = read_yaml(root, scenario_path, problems)
        if doc:
            section.scenarios.append(ScenarioSource(int(match.group(1)), match.group(2), doc))
    return section


def load_sources(root: Path, problems: Problems) -> Sources:
    """Read every source file under `root`; syntax problems go to `problems`."""
    course_path = yaml_file(root, root, "course", problems)
    course = read_yaml(root, course_path, problems) if course_path else None
    if course_path is None:
        problems.add("course.yml", 0, f"no course.yml in {root}",
                     "run course-builder in the course folder, or pass --project DIR")
    manual = root / "manual"
    sections = {f.name: _section(root, f, problems) for f in _folders(root, manual, problems)} \
        if manual.is_dir() else {}
    banks, unreadable = [], 0
    for bank in _files(root / "quizzes", YAML_SUFFIXES):
        doc = read_yaml(root, bank, problems)
        if doc:
            banks.append(doc)
        else:
            unreadable += 1
    extras: dict[str, SourceDoc | None] = {}
    failed = set()
    for name in ("facts", "glossary"):
        found = yaml_file(root, manual, name, problems) if manual.is_dir() else None
        extras[name] = read_yaml(root, found, problems) if found else None
        if found and extras[name] is None:
            failed.add(name)
    return Sources(root, course, sections, banks, unreadable, extras["facts"], extras["glossary"],
                   rel(root, course_path) if course_path else "course.yml", failed)


def load_docs(root: Path, problems: Problems) -> dict[str, Path]:
    """The hand-written files under docs/, by path relative to it. Links that lead out of the
    course folder, or nowhere, are refused: a course copied from elsewhere must not publish
    files from outside it."""
    docs = root / "docs"
    out: dict[str, Path] = {}
    if not docs.is_dir():
        return out
    seen: set[Path] = set()
    for folder, dirs, files in os.walk(docs, followlinks=True):
        here = Path(folder)
        real = here.resolve()
        if real in seen:  # a link back up the tree
            dirs[:] = []
            continue
        seen.add(real)
        for d in list(dirs):
            if d.startswith(".") or not inside(root, here / d):
                dirs.remove(d)
                if not d.startswith("."):
                    problems.add(rel(root, here / d), 0, f"{rel(root, here / d)} links to a folder outside the "
                                 "course folder", "copy the folder into docs/ instead")
        dirs.sort()
        for name in sorted(files):
            path = here / name
            if not name.startswith(".") and usable_file(root, path, problems):
                out[path.relative_to(docs).as_posix()] = path
    return dict(sorted(out.items()))
