"""Validate a course's loaded files and build its model, collecting every problem."""

from __future__ import annotations

from pathlib import Path

from ..load import load_sources
from ..model import Course
from ..problems import CourseError, Problems
from .course import validate_course

__all__ = ["check_course", "validate_course"]


def check_course(root: Path) -> Course:
    """Load and validate the course files at `root` alone; raise CourseError listing every problem."""
    problems = Problems()
    course = validate_course(load_sources(root, problems), problems)
    if problems or course is None:
        raise CourseError(problems)
    return course
