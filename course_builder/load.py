"""Read the author's files (course.yml, manual/, quizzes/) with their source positions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problems
from .yaml_source import SourceDoc, YamlSyntaxError, load_yaml

LESSON_NAME = re.compile(r"^(\d+)-(.+)\.md$")
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


def rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_yaml(root: Path, path: Path, problems: Problems) -> SourceDoc | None:
    name = rel(root, path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.add(name, 0, "file is not UTF-8 text", "save it as UTF-8")
        return None
    try:
        return load_yaml(text, name)
    except YamlSyntaxError as exc:
        problems.add(name, exc.line, exc.message, exc.hint)
        return None


def read_lesson(root: Path, path: Path, problems: Problems) -> LessonSource | None:
    name = rel(root, path)
    match = LESSON_NAME.match(path.name)
    if not match:
        problems.add(name, 0, "lesson file names start with a number, e.g. 01-what-is-service.md",
                     f"rename it to 01-{path.stem}.md (the number sets its order)")
        return None
    try:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        problems.add(name, 0, "file is not UTF-8 text", "save it as UTF-8")
        return None
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        problems.add(name, 1, "lesson has no front matter", FRONT_MATTER_EXAMPLE)
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        problems.add(name, 1, "front matter is not closed", "add a line with only '---' after it")
        return None
    try:
        meta = load_yaml("\n".join(lines[1:end]), name, line_offset=1)
    except YamlSyntaxError as exc:
        problems.add(name, exc.line, exc.message, exc.hint)
        return None
    if meta.data is None:
        meta.data = {}
    return LessonSource(name, int(match.group(1)), match.group(2), meta,
                        "\n".join(lines[end + 1:]), end + 2)


def load_sources(root: Path, problems: Problems) -> Sources:
    """Read every source file under `root`; syntax problems go to `problems`."""
    course_path = root / "course.yml"
    course = None
    if course_path.is_file():
        course = read_yaml(root, course_path, problems)
    else:
        problems.add("course.yml", 0, f"no course.yml in {root}",
                     "run course-builder in the course folder, or pass --project DIR")
    sections: dict[str, SectionSource] = {}
    manual = root / "manual"
    for folder in sorted(p for p in manual.iterdir() if p.is_dir()) if manual.is_dir() else []:
        if folder.name.startswith((".", "_")):
            continue
        meta_path = folder / "section.yml"
        meta = read_yaml(root, meta_path, problems) if meta_path.is_file() else None
        section = SectionSource(folder.name, rel(root, folder), meta)
        if (folder / "contract.yml").is_file():
            section.contract = read_yaml(root, folder / "contract.yml", problems)
        if meta_path.is_file() is False:
            problems.add(rel(root, meta_path), 0, "section folder has no section.yml",
                         "create it with: title, summary, objectives (and optionally quiz)")
        for lesson_path in sorted(folder.glob("*.md")):
            section.lesson_files += 1
            lesson = read_lesson(root, lesson_path, problems)
            if lesson:
                section.lessons.append(lesson)
        for scenario_path in sorted((folder / "scenarios").glob("*.yml")):
            match = re.match(r"^(\d+)-(.+)\.yml$", scenario_path.name)
            if not match:
                problems.add(rel(root, scenario_path), 0, "scenario file names start with a number, "
                             "e.g. 01-high-bill.yml", f"rename it to 01-{scenario_path.stem}.yml")
                continue
            doc = read_yaml(root, scenario_path, problems)
            if doc:
                section.scenarios.append(ScenarioSource(int(match.group(1)), match.group(2), doc))
        sections[folder.name] = section
    banks, unreadable = [], 0
    quizzes = root / "quizzes"
    for path in sorted(quizzes.glob("*.yml")) + sorted(quizzes.glob("*.yaml")) if quizzes.is_dir() else []:
        doc = read_yaml(root, path, problems)
        if doc:
            banks.append(doc)
        else:
            unreadable += 1
    extras = {name: read_yaml(root, manual / f"{name}.yml", problems) if (manual / f"{name}.yml").is_file()
              else None for name in ("facts", "glossary")}
    return Sources(root, course, sections, banks, unreadable, extras["facts"], extras["glossary"])
