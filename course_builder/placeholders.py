"""`{{ organisation.name }}`-style placeholders in author text, filled from course.yml and
facts.yml in one pass over every loaded document, before validation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .load import Sources
from .problems import Problems, did_you_mean
from .yaml_source import SourceDoc, YamlPath

PATTERN = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")


@dataclass
class Values:
    """Placeholder names with their values. `declared` names exist but hold no usable value
    (e.g. an unquoted number in facts.yml): the file's own check reports that, once, so a
    placeholder naming them is not reported again; nor is any under a prefix in `unknowable`
    (its file could not be read at all)."""

    values: dict[str, str] = field(default_factory=dict)
    declared: set[str] = field(default_factory=set)
    unknowable: tuple[str, ...] = ()

    def add(self, name: str, value: Any) -> None:
        if isinstance(value, str) and value.strip():
            self.values[name] = value.strip()
        else:
            self.declared.add(name)

    def silent(self, name: str) -> bool:
        return name in self.declared or name.startswith(self.unknowable)


def _mapping(data: Any, key: str) -> dict:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def values_from(src: Sources) -> Values:
    """Every placeholder an author may use, read from course.yml and facts.yml as written."""
    out = Values()
    if src.course is None:
        out.unknowable = ("",)  # course.yml is unreadable: its syntax error is the root cause
        return out
    data = src.course.data
    org = _mapping(data, "organisation")
    out.add("course.title", data.get("title") if isinstance(data, dict) else None)
    out.add("course.version", data.get("version") if isinstance(data, dict) else None)
    out.add("organisation.name", org.get("name"))
    out.add("organisation.short_name", org.get("short_name") or org.get("name"))
    for key, value in _mapping(org, "contact").items():
        out.add(f"organisation.contact.{key}", value)
    for key, value in _mapping(data, "policy").items():
        out.add(f"policy.{key}", value)
    unknowable = []
    if isinstance(data, dict) and "policy" in data and not isinstance(data["policy"], dict):
        unknowable.append("policy.")
    facts = src.facts.data if src.facts else None
    if "facts" in src.unreadable or (src.facts is not None and not _mapping(facts, "facts")):
        unknowable.append("facts.")  # the facts file's own problem is the root cause
    for key, value in _mapping(facts, "facts").items():
        out.add(f"facts.{key}", value)
    out.unknowable = tuple(unknowable)
    return out


def fill(text: str, values: Values, report: Callable[[int, str], None]) -> str:
    """Replace placeholders; call `report(line_within_text, name)` for each unknown one."""

    def sub(match: re.Match) -> str:
        name = match.group(1)
        if name in values.values:
            return values.values[name]
        if not values.silent(name):
            report(text.count("\n", 0, match.start()), name)
        return match.group(0)

    return PATTERN.sub(sub, text) if "{{" in text else text


def _reporter(values: Values, problems: Problems, path: str, start: int) -> Callable[[int, str], None]:
    def report(offset: int, name: str) -> None:
        hint = did_you_mean(name, values.values) or "known placeholders: " + ", ".join(sorted(values.values))
        problems.add(path, start + offset, f"unknown placeholder '{{{{ {name} }}}}'", hint)
    return report


def _fill_data(data: Any, doc: SourceDoc, loc: YamlPath, values: Values, problems: Problems) -> Any:
    if isinstance(data, str):
        return fill(data, values, _reporter(values, problems, doc.path, doc.text_line(loc)))
    if isinstance(data, dict):
        return {k: _fill_data(v, doc, loc + (k,), values, problems) for k, v in data.items()}
    if isinstance(data, list):
        return [_fill_data(v, doc, loc + (i,), values, problems) for i, v in enumerate(data)]
    return data


def fill_sources(src: Sources, problems: Problems) -> Values:
    """Fill every placeholder in every loaded document and lesson body, in place; each unknown
    one is a problem at its own line."""
    values = values_from(src)
    for doc in src.documents():
        doc.data = _fill_data(doc.data, doc, (), values, problems)
    for section in src.sections.values():
        for lesson in section.lessons:
            lesson.body = fill(lesson.body, values, _reporter(values, problems, lesson.path, lesson.body_line))
    return values
