"""Shared fixtures: a copy of the shipped course built once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from course_builder.pipeline import Project, build

ROOT = Path(__file__).resolve().parent.parent
COURSE_FILES = ("course.yml", "mkdocs.yml", "manual", "quizzes", "docs")


def copy_course(source: Path, target: Path) -> Path:
    """Copy a course's author files (never its build outputs) to `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in COURSE_FILES:
        src = source / name
        if src.is_dir():
            shutil.copytree(src, target / name)
        elif src.is_file():
            shutil.copy2(src, target / name)
    return target


@pytest.fixture(scope="session")
def shipped_project(tmp_path_factory) -> Project:
    return Project(copy_course(ROOT, tmp_path_factory.mktemp("shipped") / "course"))


@pytest.fixture(scope="session")
def shipped_site(shipped_project) -> Path:
    """The shipped course, really built with MkDocs + Material."""
    return build(shipped_project)
