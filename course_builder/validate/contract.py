"""The performance contract file: fields, limits and the reflections it offers."""

from __future__ import annotations

from .. import schema
from ..model import Contract, Field, Question
from ..yaml_source import SourceDoc
from .context import Context
from .files import validate_doc


def build_contract(ctx: Context, doc: SourceDoc, section_id: str,
                   questions: dict[str, Question], known: set[str] | None) -> Contract | None:
    spec = validate_doc(doc, schema.ContractFile, ctx.problems)
    if spec is None:
        return None
    ok = True
    seen: dict[str, tuple] = {}
    groups = (("details", spec.details), ("check_in", spec.check_in),
              (("commitments", "fields"), spec.commitments.fields))
    for group, items in groups:
        loc = group if isinstance(group, tuple) else (group,)
        for i, f in enumerate(items):
            if f.id in seen:
                ctx.problems.add(doc.path, doc.line(loc + (i, "id")), f"duplicate field id '{f.id}' in the contract",
                                 "give each field its own id; saved entries are keyed on it")
                ok = False
            seen[f.id] = loc
    c = spec.commitments
    if c.min > c.max:
        ctx.problems.add(doc.path, doc.line(("commitments", "min")), f"commitments: min ({c.min}) is more than "
                         f"max ({c.max})", "e.g. min: 3 and max: 5")
        ok = False
    reflections = [q.id for q in questions.values() if q.type == "reflection"]
    if spec.reflections is not None:
        ok &= ctx.check_refs(spec.reflections, doc, ("reflections",), known, "question",
                             "list reflection question ids from the banks")
        for i, rid in enumerate(spec.reflections):
            if rid in questions and questions[rid].type != "reflection":
                ctx.problems.add(doc.path, doc.line(("reflections", i)), f"question '{rid}' is not a reflection",
                                 "only reflection questions can be offered as starting points")
                ok = False
        reflections = list(spec.reflections)
    ok &= ctx.check_refs([str(r) for r in c.ratings], doc, ("commitments", "ratings"), None, "rating day", "")
    if not ok:
        return None

    def fields(specs: list[schema.ContractField]) -> tuple[Field, ...]:
        return tuple(Field(x.id, x.label, x.type, x.hint, x.autocomplete, x.suggest) for x in specs)

    return Contract(
        id=f"{section_id}-contract", section_id=section_id, title=spec.title, intro=spec.intro,
        details=fields(spec.details), commitment_fields=fields(c.fields), min_commitments=c.min,
        max_commitments=c.max, ratings=tuple(c.ratings), scale=tuple(c.scale), check_in=fields(spec.check_in),
        signatures=tuple(spec.signatures), reflections=tuple(reflections),
    )
