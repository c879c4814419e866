"""YAML loading that keeps the source line of every key and list item."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[Any, ...]
# libyaml's parser when PyYAML was built with it (much faster); both keep line marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class SourceDoc:
    """Plain data loaded from YAML plus the line (1-based) of every path in it."""

    path: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    line_offset: int = 0

    def line(self, loc: Path_) -> int:
        """Line of the deepest known prefix of `loc` (a key, an item, or the file)."""
        loc = tuple(loc)
        while loc and loc not in self.lines:
            loc = loc[:-1]
        return self.lines.get(loc, 1) + self.line_offset


class YamlSyntaxError(Exception):
    """YAML that does not parse; carries a line and a readable message."""

    def __init__(self, line: int, message: str, hint: str):
        super().__init__(message)
        self.line, self.message, self.hint = line, message, hint


def load_yaml(text: str, path: str, line_offset: int = 0) -> SourceDoc:
    """Parse YAML text into a SourceDoc; raise YamlSyntaxError with a line on bad syntax."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        doc = SourceDoc(path, None, {}, line_offset)
        doc.data = _convert(loader, node, (), doc) if node is not None else None
        return doc
    except yaml.MarkedYAMLError as exc:
        # The context (e.g. where an unclosed quote started) is nearer the mistake.
        mark = exc.context_mark or exc.problem_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = exc.problem or "invalid YAML"
        if exc.context:
            problem = f"{exc.context}: {problem}"
        raise YamlSyntaxError(
            line,
            f"YAML syntax error: {problem}",
            "check indentation and quoting near this line; text containing ': ' or "
            "starting with a quote, '*', '&', '!' or '@' must be quoted",
        ) from None
    finally:
        loader.dispose()


class DuplicateKey(yaml.MarkedYAMLError):
    pass


def _convert(loader, node: yaml.Node, loc: Path_, doc: SourceDoc) -> Any:
    doc.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise DuplicateKey(problem="a mapping key must be plain text",
                                   problem_mark=key_node.start_mark)
            if key in result:
                raise DuplicateKey(problem=f"duplicate key '{key}'",
                                   problem_mark=key_node.start_mark)
            doc.lines[loc + (key,)] = key_node.start_mark.line + 1
            result[key] = _convert(loader, value_node, loc + (key,), doc)
            doc.lines[loc + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, loc + (i,), doc) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
