"""Shared fixtures: a copy of the shipped course built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from course_builder.model import Course
from course_builder.pipeline import Project, build, copy_sources, package_scorm
from course_builder.validate import check_course

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shipped_project(tmp_path_factory) -> Project:
    return Project(copy_sources(ROOT, tmp_path_factory.mktemp("shipped") / "course"))


@pytest.fixture(scope="session")
def shipped_site(shipped_project) -> Path:
    """The shipped course, really built with MkDocs + Material."""
    return build(shipped_project)


@pytest.fixture(scope="session")
def shipped_course(shipped_project) -> Course:
    """The shipped course, validated once (the model is immutable)."""
    return check_course(shipped_project.root)


@pytest.fixture(scope="session")
def scorm_packages(shipped_project, tmp_path_factory) -> dict[str, Path]:
    """Both SCORM packages of the shipped course, built once: version → zip."""
    out = tmp_path_factory.mktemp("scorm")
    return {version: package_scorm(shipped_project, version, out) for version in ("1.2", "2004")}
