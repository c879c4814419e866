"""Problems found in author input, collected and reported together."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file, at a 1-based line (0 when the whole file is meant)."""

    path: str
    line: int
    message: str
    hint: str = ""
    level: str = ERROR

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.level}: {self.message}"
        if self.hint:
            text += "\n    hint: " + self.hint.replace("\n", "\n          ")
        return text


@dataclass
class Problems:
    """An accumulator of errors and warnings; the pipeline fails once, at the end, if it holds
    any error (or, with `strict`, any warning). It is true when it holds an error."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: str | Path, line: int, message: str, hint: str = "") -> None:
        self.items.append(Problem(str(path), line, message, hint))

    def warn(self, path: str | Path, line: int, message: str, hint: str = "") -> None:
        self.items.append(Problem(str(path), line, message, hint, WARNING))

    def extend(self, other: Iterable[Problem]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Problem]:
        return sorted({p for p in self.items if p.level == ERROR})

    @property
    def warnings(self) -> list[Problem]:
        return sorted({p for p in self.items if p.level == WARNING})

    def __bool__(self) -> bool:
        return any(p.level == ERROR for p in self.items)

    def __len__(self) -> int:
        return len(set(self.items))

    def fails(self, strict: bool) -> bool:
        """Whether these problems stop the build: any error, or any warning when `strict`."""
        return bool(self) or (strict and bool(self.warnings))

    def format(self) -> str:
        """Every problem sorted by file and line, then one summary line."""
        shown = sorted(set(self.items))
        errors, warnings = len(self.errors), len(self.warnings)
        lines = [p.format() for p in shown]
        if errors:
            summary = f"{_count(errors, 'problem')} found"
            if warnings:
                summary += f" (and {_count(warnings, 'warning')})"
        else:
            summary = f"{_count(warnings, 'warning')} found, and --strict treats warnings as errors"
        lines.append(summary + "; nothing was built.")
        return "\n".join(lines)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class CourseError(Exception):
    """Raised when author input has problems; carries every one of them."""

    def __init__(self, problems: Problems):
        super().__init__(problems.format())
        self.problems = problems


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A 'did you mean' hint for a misspelt key or id, or '' when nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
