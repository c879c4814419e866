"""`{{ organisation.name }}`-style placeholders in author text, filled from course.yml."""

from __future__ import annotations

import re
from typing import Callable

PATTERN = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")


def placeholder_values(course_file, facts: dict[str, str]) -> dict[str, str]:
    """Every placeholder name an author may use, with its value."""
    org = course_file.organisation
    values = {
        "course.title": course_file.title,
        "course.version": course_file.version,
        "organisation.name": org.name,
        "organisation.short_name": org.short_name or org.name,
    }
    for key, value in org.contact.model_dump().items():
        if value:
            values[f"organisation.contact.{key}"] = value
    for key, value in course_file.policy.items():
        values[f"policy.{key}"] = value
    for key, value in facts.items():
        values[f"facts.{key}"] = value
    return values


def fill(text: str, values: dict[str, str], report: Callable[[int, str], None]) -> str:
    """Replace placeholders; call `report(line_within_text, name)` for each unknown one."""

    def sub(match: re.Match) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        report(text.count("\n", 0, match.start()), name)
        return match.group(0)

    return PATTERN.sub(sub, text)
