"""Shared fixtures: a copy of the shipped course built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from course_builder.pipeline import Project, build, copy_sources

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shipped_project(tmp_path_factory) -> Project:
    return Project(copy_sources(ROOT, tmp_path_factory.mktemp("shipped") / "course"))


@pytest.fixture(scope="session")
def shipped_site(shipped_project) -> Path:
    """The shipped course, really built with MkDocs + Material."""
    return build(shipped_project)
