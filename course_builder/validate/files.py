"""Validate one loaded file against its model, turning every error into a file:line problem."""

from __future__ import annotations

import datetime
import functools
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..problems import Problems, did_you_mean
from ..yaml_source import SourceDoc

M = TypeVar("M", bound=BaseModel)


def validate_doc(doc: SourceDoc, model: type[M], problems: Problems, at: tuple = ()) -> M | None:
    """Validate the data at `at` in `doc` as `model`; add a problem per error, None on failure."""
    data = doc.data
    for part in at:
        data = data[part]
    if not isinstance(data, dict):
        what = _kind(model) if not at else _where(at)
        problems.add(doc.path, doc.line(at), f"expected a mapping of keys for {what}, "
                     f"found {_describe(data)}", _example_keys(model))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            rel = _data_loc(data, err["loc"])
            message, hint = _explain(err, at + rel, model, len(at))
            problems.add(doc.path, doc.line(at + rel), message, hint)
        return None


def _data_loc(data: Any, loc: tuple) -> tuple:
    """Drop discriminator tags pydantic adds to the error location so it maps onto the data."""
    out: list[Any] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part not in node and node.get("type") == part:
            continue  # a union tag such as 'single'
        if isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
            continue
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            out.append(part)
            node = node[part]
        else:
            out.append(part)
            node = None
    return tuple(out)


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class that owns the mapping at `loc`, following list items and unions."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if _is_model(current) else None
        if field is None:
            return None
        current = _first_model(field.annotation)
        if current is None:
            return None
    return current if _is_model(current) else None


def _first_model(annotation: Any) -> Any:
    if _is_model(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _first_model(arg)
        if found is not None:
            return found
    return None


def _is_model(obj: Any) -> bool:
    return isinstance(obj, type) and issubclass(obj, BaseModel)


def _kind(model: type[BaseModel]) -> str:
    """What the model is, from its docstring: 'course.yml', 'the front matter of a lesson (…)'."""
    kind = (model.__doc__ or model.__name__).split(":")[0].strip().rstrip(".")
    return kind[0].lower() + kind[1:] if kind.startswith("The ") else kind


def _field_name(loc: tuple) -> str:
    names = [p for p in loc if isinstance(p, str)]
    return names[-1] if names else "this file"


def _where(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


def _example_keys(model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    required = [n for n, f in model.model_fields.items() if f.is_required()]
    optional = [n for n, f in model.model_fields.items() if not f.is_required()]
    hint = f"required keys: {', '.join(required)}" if required else ""
    if optional:
        hint += ("; " if hint else "") + f"optional keys: {', '.join(optional)}"
    return hint


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}' (true/false)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"the date {value.isoformat()} (quote it to make it text)"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _explain(err: Any, loc: tuple, root: type[BaseModel], skip: int = 0) -> tuple[str, str]:
    """A readable message and hint; `root` is the model of the data at loc[:skip]."""
    kind, name, where = err["type"], _field_name(loc), _where(loc)
    value = err.get("input")
    if kind == "extra_forbidden":
        owner = _model_at(root, loc[skip:-1])
        allowed = list(owner.model_fields) if owner else []
        hint = did_you_mean(str(loc[-1]), allowed) or (
            f"allowed keys here: {', '.join(allowed)}" if allowed else "remove it")
        return f"unknown key '{loc[-1]}' in {_where(loc[:-1])}", hint
    if kind == "missing" and name == "feedback" and "options" in loc:
        return f"option {_where(loc[:-1])} has no feedback", \
            "every option says why it is right or wrong, e.g.\n" \
            "feedback: Not quite. A running toilet can waste far more water."
    if kind == "missing":
        owner = _model_at(root, loc[skip:-1])
        return f"missing required key '{name}' in {_where(loc[:-1])}", _example_keys(owner)
    if kind in ("string_type", "string_too_short"):
        return f"'{where}' must be non-empty text, found {_describe(value)}", \
            "write the text after the colon; quote it if it starts with a symbol or is a number"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"'{where}' must be a whole number, found {_describe(value)}", f"e.g. {name}: 80"
    if kind in ("bool_type", "bool_parsing"):
        return f"'{where}' must be true or false, found {_describe(value)}", f"e.g. {name}: true"
    if kind == "list_type":
        return f"'{where}' must be a list, found {_describe(value)}", \
            f"write one item per line:\n{name}:\n  - first item\n  - second item"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        owner = _model_at(root, loc[skip:])
        return f"'{where}' must be a mapping of keys, found {_describe(value)}", _example_keys(owner)
    if kind == "string_pattern_mismatch":
        return f"'{value}' is not a valid id in '{where}'", \
            "ids use lowercase letters, digits and single hyphens, e.g. 's1-call-types'"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high, example = _bounds(root, loc[skip:])
        shown = f"{name}: {example}" if not isinstance(loc[-1], int) else f"{example}"
        return f"'{where}' must be between {low} and {high}, found {value}", f"e.g. {shown}"
    if kind == "too_short":
        n = err.get("ctx", {}).get("min_length", 1)
        hint = ("a decision offers 2 to 4 choices: the best one and plausible mistakes"
                if name == "choices" else "")
        return f"'{where}' needs at least {n} item{'s' if n != 1 else ''}", hint
    if kind == "too_long":
        n = err.get("ctx", {}).get("max_length")
        return f"'{where}' has more than {n} items", "split it or remove some"
    return f"'{where}': {err['msg']}", ""


@functools.cache
def _schema(model: type[BaseModel]) -> dict:
    return model.model_json_schema()


def _bounds(model: type[BaseModel], loc: tuple) -> tuple[int, int, int]:
    """The allowed range of the number at `loc`, read from the model's own JSON Schema, and an
    example (its default, or the middle of the range)."""
    schema = _schema(model)
    defs = schema.get("$defs", {})

    def branches(node: dict) -> list[dict]:
        while "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[-1]]
        return [b for alt in node.get("anyOf", [node]) for b in branches(alt)] if "anyOf" in node else [node]

    nodes = [schema]
    for part in loc:
        key = "items" if isinstance(part, int) else "properties"
        nodes = [b["items"] if isinstance(part, int) else b["properties"][part]
                 for n in nodes for b in branches(n) if key in b and (isinstance(part, int) or part in b[key])]
    found = [b for n in nodes for b in branches(n) if "minimum" in b or "maximum" in b]
    low = int(found[0].get("minimum", 0)) if found else 0
    high = int(found[0].get("maximum", low + 100)) if found else 100
    defaults = [n["default"] for n in nodes if isinstance(n.get("default"), int)]
    return low, high, defaults[0] if defaults else (low + high) // 2
