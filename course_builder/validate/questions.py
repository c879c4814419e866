"""Question banks: validate each question on its own and build the model's Questions."""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from .. import schema_questions as schema
from ..model import Item, Option, Pair, Question
from ..problems import did_you_mean
from ..yaml_source import SourceDoc
from .context import Context
from .files import validate_doc

UNKNOWN = ""  # in `declared`: a bank whose questions cannot be listed
QUESTION_MODELS: dict[str, type[BaseModel]] = {
    "single": schema.ChoiceQuestion, "multiple": schema.ChoiceQuestion,
    "true_false": schema.TrueFalseQuestion, "ordering": schema.OrderingQuestion,
    "matching": schema.MatchingQuestion, "reflection": schema.ReflectionQuestion,
}


def build_questions(ctx: Context, banks: list[SourceDoc], declared: set[str]) -> dict[str, Question]:
    """Every valid question by id; `declared` collects the ids of invalid ones too, and UNKNOWN
    when a bank is not a list of questions at all (so which ids exist cannot be told)."""
    out: dict[str, Question] = {}
    for doc in banks:
        for i, spec in _bank_items(ctx, doc, declared):
            loc = ("questions", i)
            if not ctx.claim(spec.id, "question", doc.path, doc.line(loc + ("id",))):
                continue
            question = _question(ctx, spec, doc, loc)
            if question:
                out[spec.id] = question
    return out


def _bank_items(ctx: Context, doc: SourceDoc, declared: set[str]) -> Iterator[tuple[int, schema.AnyQuestion]]:
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list) or not data["questions"]:
        validate_doc(doc, schema.BankFile, ctx.problems)  # reports the shape problem
        declared.add(UNKNOWN)
        return
    for key in data:
        if key != "questions":
            ctx.problems.add(doc.path, doc.line((key,)), f"unknown key '{key}' in the file",
                             did_you_mean(str(key), ["questions"]) or "a bank holds only 'questions:'")
    for i, item in enumerate(data["questions"]):
        loc = ("questions", i)
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            declared.add(item["id"])
        kind = item.get("type") if isinstance(item, dict) else None
        if isinstance(item, dict) and (not isinstance(kind, str) or kind not in QUESTION_MODELS):
            line = doc.line(loc + ("type",))
            if kind is None:
                ctx.problems.add(doc.path, line, f"missing required key 'type' in question {i + 1}",
                                 "type: " + " | ".join(QUESTION_MODELS))
            else:
                hint = did_you_mean(str(kind), QUESTION_MODELS) or "use one of: " + ", ".join(QUESTION_MODELS)
                ctx.problems.add(doc.path, line, f"unknown question type '{kind}'", hint)
            continue
        model = QUESTION_MODELS[kind] if isinstance(kind, str) else schema.ChoiceQuestion
        spec = validate_doc(doc, model, ctx.problems, at=loc)
        if isinstance(spec, schema.AnyQuestion):
            yield i, spec


def _question(ctx: Context, q: schema.AnyQuestion, doc: SourceDoc, loc: tuple) -> Question | None:
    ctx.check_refs(q.tags, doc, loc + ("tags",), None, "tag", "")
    common: dict[str, Any] = {"id": q.id, "type": q.type, "prompt": q.prompt, "explanation": q.explanation,
                              "tags": tuple(q.tags), "html": q.html, "lint_ignore": tuple(q.lint.ignore)}
    feedback = None
    if isinstance(q, (schema.TrueFalseQuestion, schema.OrderingQuestion, schema.MatchingQuestion)):
        feedback = (q.feedback.correct, q.feedback.incorrect)  # for the whole question: right, not right
    if isinstance(q, schema.TrueFalseQuestion):
        right, wrong = q.feedback.correct, q.feedback.incorrect
        return Question(**common, options=tuple(Option(str(v).lower(), "True" if v else "False", v == q.answer,
                                                       right if v == q.answer else wrong) for v in (True, False)))
    if isinstance(q, schema.ChoiceQuestion):
        options = _options(ctx, q, doc, loc)
        return Question(**common, options=options) if options else None
    if isinstance(q, schema.OrderingQuestion):
        specs = [schema.OrderItemSpec(text=i) if isinstance(i, str) else i for i in q.items]
        items = _items(ctx, [(s.id, s.text) for s in specs], doc, loc + ("items",), q.id)
        if items:
            items = tuple(Item(i.id, i.text, s.feedback) for i, s in zip(items, specs, strict=True))
        return Question(**common, items=items, feedback=feedback) if items else None
    if isinstance(q, schema.MatchingQuestion) and feedback:
        return _matching(ctx, q, doc, loc, common, feedback)
    assert isinstance(q, schema.ReflectionQuestion)
    return Question(**common, hint=q.hint)


def _items(ctx: Context, pairs: list[tuple[str | None, str]], doc: SourceDoc, loc: tuple,
           qid: str) -> tuple[Item, ...] | None:
    items, seen = [], set()
    for j, (iid, text) in enumerate(pairs):
        iid = iid or string.ascii_lowercase[j]
        if iid in seen:
            ctx.problems.add(doc.path, doc.line(loc + (j,)), f"duplicate item id '{iid}' in question '{qid}'",
                             "give each item its own id, or leave ids out to number them a, b, c…")
            return None
        seen.add(iid)
        items.append(Item(iid, text))
    return tuple(items)


def _matching(ctx: Context, q: schema.MatchingQuestion, doc: SourceDoc, loc: tuple, common: dict[str, Any],
              feedback: tuple[str, str]) -> Question | None:
    answers = _items(ctx, [(p.id, p.answer) for p in q.pairs], doc, loc + ("pairs",), q.id)
    if answers is None:
        return None
    pairs = [Pair(answer.id, p.prompt, answer.id, p.feedback) for p, answer in zip(q.pairs, answers, strict=True)]
    extra = tuple(Item(f"x{k + 1}", t) for k, t in enumerate(q.distractors))
    texts = [a.text for a in answers + extra]
    if len(set(texts)) != len(texts):
        ctx.problems.add(doc.path, doc.line(loc + ("pairs",)), f"matching question '{q.id}' repeats an answer",
                         "each answer (and distractor) must be different so only one fits each prompt")
        return None
    return Question(**common, items=answers + extra, pairs=tuple(pairs), feedback=feedback)


def _options(ctx: Context, q: schema.ChoiceQuestion, doc: SourceDoc, loc: tuple) -> tuple[Option, ...] | None:
    options, seen = [], set()
    for j, o in enumerate(q.options):
        oid = o.id or string.ascii_lowercase[j]
        olo = loc + ("options", j)
        if oid in seen:
            ctx.problems.add(doc.path, doc.line(olo), f"duplicate option id '{oid}' in question '{q.id}'",
                             "give each option its own id, or leave ids out to number them a, b, c…")
        seen.add(oid)
        options.append(Option(oid, o.text, o.correct, o.feedback, o.fixed))
    n_correct = sum(o.correct for o in options)
    line = doc.line(loc + ("options",))
    if n_correct == 0:
        ctx.problems.add(doc.path, line, f"question '{q.id}' has no correct option",
                         "mark the right option with 'correct: true'")
        return None
    if q.type == "single" and n_correct > 1:
        ctx.problems.add(doc.path, line, f"single-choice question '{q.id}' has {n_correct} correct options",
                         "mark exactly one option 'correct: true', or use 'type: multiple'")
        return None
    return tuple(options)
