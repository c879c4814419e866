"""What every validation step shares: the problem list and the id registry."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..problems import Problems, did_you_mean
from ..schema_types import ID_PATTERN
from ..yaml_source import SourceDoc, YamlPath

ID_RE = re.compile(ID_PATTERN)
WORD_RE = re.compile(r"[A-Za-z0-9’']+")


class Context:
    """Validation state for one course: problems found and ids claimed."""

    def __init__(self, problems: Problems):
        self.problems = problems
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

    def check_refs(self, refs: Iterable[str], doc: SourceDoc, loc: YamlPath, known: set[str] | None, what: str,
                   hint: str, message: str = "no {what} with id '{ref}'") -> bool:
        """Report each reference in `refs` that is not in `known` (None: cannot tell, skip), and
        each listed twice; True when all are known and none repeats."""
        ok, seen = True, set()
        for i, ref in enumerate(refs):
            if ref in seen:
                ok = False
                self.problems.add(doc.path, doc.line(loc + (i,)), f"{what} '{ref}' is listed twice here",
                                  "list each once")
            seen.add(ref)
            if known is not None and ref not in known:
                ok = False
                self.problems.add(doc.path, doc.line(loc + (i,)), message.format(what=what, ref=ref),
                                  did_you_mean(ref, known) or hint)
        return ok

    def unique_ids(self, items: Iterable[object], doc: SourceDoc, loc: YamlPath, what: str) -> bool:
        """Report a second item (with an `id`) in one list that reuses an id; True when all differ."""
        ok, seen = True, set()
        for i, item in enumerate(items):
            item_id = getattr(item, "id", None)
            if item_id in seen:
                ok = False
                self.problems.add(doc.path, doc.line(loc + (i, "id")), f"duplicate {what} id '{item_id}'",
                                  f"give each {what} its own id")
            seen.add(item_id)
        return ok


def words(text: str) -> int:
    return len(WORD_RE.findall(text))
