"""What every validation step shares: the problem list, the id registry and placeholders."""

from __future__ import annotations

import re

from .placeholders import fill
from .problems import Problems, did_you_mean
from .schema import ID_PATTERN
from .yaml_source import SourceDoc

ID_RE = re.compile(ID_PATTERN)
WORD_RE = re.compile(r"[A-Za-z0-9’']+")


class Context:
    """Validation state for one course: problems found, ids claimed, placeholder values."""

    def __init__(self, problems: Problems, values: dict[str, str] | None = None):
        self.problems = problems
        self.values = values or {}
        self.ids: dict[str, tuple[str, str, int]] = {}

    def claim(self, id_: str, kind: str, path: str, line: int) -> bool:
        """Register an id; a duplicate anywhere in the course is a problem naming both places."""
        if id_ in self.ids:
            other_kind, other_path, other_line = self.ids[id_]
            where = f"{other_path}:{other_line}" if other_line else other_path
            self.problems.add(path, line, f"duplicate id '{id_}': already used by a {other_kind} at {where}",
                              "every id in the course must be unique; rename one")
            return False
        self.ids[id_] = (kind, path, line)
        return True

    def filled(self, text: str | None, doc: SourceDoc, loc: tuple, base_line: int | None = None) -> str | None:
        """`text` with placeholders filled; unknown ones are problems at their own line."""
        if text is None or not self.values:
            return text
        start = doc.line(loc) if base_line is None else base_line

        def report(offset: int, name: str) -> None:
            hint = did_you_mean(name, self.values) or "known placeholders: " + ", ".join(sorted(self.values))
            self.problems.add(doc.path, start + offset, f"unknown placeholder '{{{{ {name} }}}}'", hint)
        return fill(text, self.values, report)

    def filled_list(self, items, doc: SourceDoc, loc: tuple) -> tuple[str, ...]:
        return tuple(self.filled(item, doc, loc + (i,)) for i, item in enumerate(items))

    def check_refs(self, refs, doc: SourceDoc, loc: tuple, known: set[str] | None, what: str,
                   hint: str, message: str = "no {what} with id '{ref}'") -> bool:
        """Report each reference in `refs` that is not in `known` (None: cannot tell, skip);
        True when all are known."""
        if known is None:
            return True
        ok = True
        for i, ref in enumerate(refs):
            if ref not in known:
                ok = False
                self.problems.add(doc.path, doc.line(loc + (i,)), message.format(what=what, ref=ref),
                                  did_you_mean(ref, known) or hint)
        return ok


def words(text: str) -> int:
    return len(WORD_RE.findall(text))
