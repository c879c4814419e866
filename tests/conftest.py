"""Shared fixtures. Engine and browser tests use the small courses under tests/fixtures/ (one
per feature family); only content tests use the shipped course."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from course_builder.model import Course
from course_builder.pipeline import (
    Project,
    build,
    copy_sources,
    package_scorm,
    rendered,
)
from course_builder.render import RenderedSite
from course_builder.validate import check_course

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def require(present: bool, message: str) -> None:
    """Skip a test whose input is missing on a plain checkout (shared/ beside it, an optional engine);
    fail it on CI (CI=true), which always has them."""
    if not present:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(message)
        pytest.skip(message)


def fixture_copy(name: str, tmp: Path) -> Path:
    """A fresh copy of the fixture course `name` (so a test may change it)."""
    return copy_sources(FIXTURES / name, tmp / name)


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory) -> Callable[[str], Project]:
    """A copy of a fixture course, made once per session: name → Project."""
    made: dict[str, Project] = {}

    def get(name: str) -> Project:
        if name not in made:
            made[name] = Project(fixture_copy(name, tmp_path_factory.mktemp(name)))
        return made[name]
    return get


@pytest.fixture(scope="session")
def fixture_site(fixture_project) -> Callable[[str], Path]:
    """A fixture course really built with MkDocs + Material, once per session: name → site/."""
    built: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in built:
            built[name] = build(fixture_project(name))
        return built[name]
    return get


@pytest.fixture(scope="session")
def fixture_site_files(fixture_project) -> Callable[[str], RenderedSite]:
    """A fixture course's generated pages, rendered in memory: name → RenderedSite."""
    return lambda name: rendered(fixture_project(name))


@pytest.fixture(scope="session")
def fixture_packages(fixture_project, tmp_path_factory) -> dict[str, Path]:
    """Both SCORM packages of the records fixture, built once: version → zip."""
    out = tmp_path_factory.mktemp("scorm")
    return {version: package_scorm(fixture_project("records"), version, out) for version in ("1.2", "2004", "2004-4th")}


# The shipped course: for content tests only.

@pytest.fixture(scope="session")
def shipped_project(tmp_path_factory) -> Project:
    # The staff copy (build --guides): every learner page, and the guides too, so they are tested.
    return Project(copy_sources(ROOT, tmp_path_factory.mktemp("shipped") / "course"), guides=True)


@pytest.fixture(scope="session")
def shipped_site(shipped_project) -> Path:
    """The shipped course, really built with MkDocs + Material."""
    return build(shipped_project)


@pytest.fixture(scope="session")
def shipped_course(shipped_project) -> Course:
    """The shipped course, validated once (the model is immutable)."""
    return check_course(shipped_project.root)
