"""YAML loading that keeps the source line of every key and list item, and refuses input that
would exhaust memory or the stack (alias bombs, deep nesting) with a message instead."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

YamlPath = tuple[Any, ...]
# libyaml's parser when PyYAML was built with it (much faster); both keep line marks.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 50  # nesting levels; course files need fewer than 10
MAX_VALUES = 200_000  # values in one document once aliases are expanded (a big bank has ~30,000)
_PLAIN, _PYTHON = "tag:yaml.org,2002:", "tag:yaml.org,2002:python/"
HINT = ("check indentation and quoting near this line; text containing ': ' or starting with a quote, "
        "'*', '&', '!' or '@' must be quoted")


@dataclass
class SourceDoc:
    """Plain data loaded from YAML plus the line (1-based) of every path in it."""

    path: str
    data: Any
    lines: dict[YamlPath, int] = field(default_factory=dict)
    line_offset: int = 0
    text_lines: dict[YamlPath, int] = field(default_factory=dict)

    def line(self, loc: YamlPath) -> int:
        """Line of the deepest known prefix of `loc` (a key, an item, or the file)."""
        loc = tuple(loc)
        while loc and loc not in self.lines:
            loc = loc[:-1]
        return self.lines.get(loc, 1) + self.line_offset

    def text_line(self, loc: YamlPath) -> int:
        """Line where the text at `loc` starts (the line after `key: |` for a block of text)."""
        loc = tuple(loc)
        return self.text_lines[loc] + self.line_offset if loc in self.text_lines else self.line(loc)


@dataclass(frozen=True)
class Tagged:
    """A value with a tag only another tool understands (MkDocs' !ENV, !!python/name:…), kept
    as written so it can be checked for shape and written back unchanged."""

    tag: str
    value: Any


class YamlSyntaxError(Exception):
    """YAML that does not parse (or that is unsafe to load); carries a line and a readable message."""

    def __init__(self, line: int, message: str, hint: str = HINT):
        super().__init__(message)
        self.line, self.message, self.hint = line, message, hint


class _Limit(yaml.MarkedYAMLError):
    pass


def load_yaml(text: str, path: str, line_offset: int = 0, foreign_tags: bool = False) -> SourceDoc:
    """Parse YAML text into a SourceDoc; raise YamlSyntaxError with a line on bad or unsafe input.

    With `foreign_tags`, tags of other tools load as `Tagged` values instead of failing."""
    loader = (_TolerantLoader if foreign_tags else _Loader)(text)
    try:
        node = loader.get_single_node()
        doc = SourceDoc(path, None, {}, line_offset)
        doc.data = _Converter(loader, doc).convert(node, ()) if node is not None else None
        return doc
    except _Limit as exc:
        line = (exc.problem_mark.line + 1 if exc.problem_mark else 1) + line_offset
        raise YamlSyntaxError(line, str(exc.problem), str(exc.note)) from None
    except yaml.MarkedYAMLError as exc:
        # The context (e.g. where an unclosed quote started) is nearer the mistake.
        mark = exc.context_mark or exc.problem_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = exc.problem or "invalid YAML"
        if exc.context:
            problem = f"{exc.context}: {problem}"
        raise YamlSyntaxError(line, f"YAML syntax error: {problem}") from None
    except yaml.reader.ReaderError as exc:  # a control character such as NUL
        position = min(max(exc.position, 0), len(text))
        line = text.count("\n", 0, position) + 1 + line_offset
        char = f" (U+{ord(text[position]):04X})" if position < len(text) else ""
        raise YamlSyntaxError(line, f"the file holds a control character YAML does not allow{char}",
                              "remove it: save the file again as plain UTF-8 text") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1 + line_offset, f"YAML error: {exc}") from None
    except RecursionError:  # only without libyaml, whose parser has its own depth limit
        raise YamlSyntaxError(1 + line_offset, f"values are nested more than {MAX_DEPTH} levels deep",
                              "course files need only a few levels; check the indentation") from None
    finally:
        loader.dispose()


class _Converter:
    """Turns the node graph into plain data, recording lines and enforcing the limits."""

    def __init__(self, loader: Any, doc: SourceDoc):
        self.loader, self.doc, self.values = loader, doc, 0
        self.scalars = loader.yaml_constructors  # by tag: the plain ones, called directly (much faster)

    def scalar(self, node: yaml.Node) -> Any:
        construct = self.scalars.get(node.tag)
        return construct(self.loader, node) if construct else self.loader.construct_object(node, deep=True)

    def convert(self, node: yaml.Node, loc: YamlPath) -> Any:
        self.values += 1
        if self.values > MAX_VALUES:
            # Point at the top-level entry that expands so far, not deep inside the anchors.
            mark = node.start_mark
            if loc[:1] in self.doc.lines:
                mark = yaml.Mark(mark.name, 0, self.doc.lines[loc[:1]] - 1, 0, "", 0)
            raise _Limit(problem=f"the file expands to more than {MAX_VALUES:,} values", problem_mark=mark,
                         note="YAML aliases (*name) repeat what an anchor (&name) holds; nest them less, or "
                              "write the values out")
        if len(loc) > MAX_DEPTH:
            raise _Limit(problem=f"values are nested more than {MAX_DEPTH} levels deep", problem_mark=node.start_mark,
                         note="course files need only a few levels; check the indentation")
        doc = self.doc
        doc.lines.setdefault(loc, node.start_mark.line + 1)
        if not node.tag.startswith(_PLAIN) or node.tag.startswith(_PYTHON):
            return self.loader.construct_object(node, deep=True)  # another tool's tag (or an error)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, loc + (i,)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode):
            # A block of text (| or >) starts on the line after its indicator.
            doc.text_lines[loc] = node.start_mark.line + 1 + (node.style in ("|", ">"))
            return self.scalar(node)
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, loc: YamlPath) -> Any:
        loader, doc = self.loader, self.doc
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else \
                loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.MarkedYAMLError(problem="a mapping key must be plain text",
                                           problem_mark=key_node.start_mark)
            if key in result:
                raise yaml.MarkedYAMLError(problem=f"duplicate key '{key}'", problem_mark=key_node.start_mark)
            doc.lines[loc + (key,)] = key_node.start_mark.line + 1
            result[key] = self.convert(value_node, loc + (key,))
            doc.lines[loc + (key,)] = key_node.start_mark.line + 1
        return result


class _TolerantLoader(_Loader):  # type: ignore[valid-type,misc]
    """Loads tags of other tools (e.g. MkDocs' !ENV, Material's !!python/name:) as Tagged."""


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node, prefix: str = "") -> Tagged:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return Tagged(prefix + suffix, value)


_TolerantLoader.add_multi_constructor("!", lambda ld, sfx, node: _tagged(ld, sfx, node, "!"))
_TolerantLoader.add_multi_constructor(_PYTHON, lambda ld, sfx, node: _tagged(ld, sfx, node, _PYTHON))


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


yaml.SafeDumper.add_representer(Tagged, _represent_tagged)


def dump_yaml(data: Any) -> str:
    """YAML text for `data`, writing Tagged values back with their tags."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
