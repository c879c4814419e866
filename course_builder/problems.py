"""Problems found in author input, collected and reported together."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file, at a 1-based line (0 when the whole file is meant)."""

    path: str
    line: int
    message: str
    hint: str = ""

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: error: {self.message}"
        if self.hint:
            text += "\n    hint: " + self.hint.replace("\n", "\n          ")
        return text


@dataclass
class Problems:
    """An accumulator of problems; the pipeline fails once, at the end, if it holds any."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: str | Path, line: int, message: str, hint: str = "") -> None:
        self.items.append(Problem(str(path), line, message, hint))

    def extend(self, other: Iterable[Problem]) -> None:
        self.items.extend(other)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def format(self) -> str:
        lines = [p.format() for p in sorted(set(self.items))]
        count = len(lines)
        lines.append(f"{count} problem{'s' if count != 1 else ''} found; nothing was built.")
        return "\n".join(lines)


class CourseError(Exception):
    """Raised when author input has problems; carries every one of them."""

    def __init__(self, problems: Problems):
        super().__init__(problems.format())
        self.problems = problems


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A 'did you mean' hint for a misspelt key or id, or '' when nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
