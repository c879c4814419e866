"""Scenarios: validate the file and its decision graph, then build the model's Scenario."""

from __future__ import annotations

import string
from collections import deque

from .. import schema
from ..load import ScenarioSource
from ..model import Choice, Node, Scenario
from ..problems import did_you_mean
from ..yaml_source import SourceDoc
from .context import ID_RE, Context, words
from .files import validate_doc


def build_scenario(ctx: Context, src: ScenarioSource, section_id: str, number: int,
                   steps: set[str] | None, audiences: set[str] | None) -> Scenario | None:
    doc = src.doc
    spec = validate_doc(doc, schema.ScenarioFile, ctx.problems)
    if spec is None:
        return None
    sid = spec.id or src.slug
    if not ID_RE.match(sid):
        ctx.problems.add(doc.path, 1, f"'{sid}' is not a valid scenario id",
                         "use lowercase letters, digits and hyphens in the file name, or set 'id:'")
        return None
    ok = ctx.claim(sid, "scenario", doc.path, doc.line(("id",)) if spec.id else 1)
    if audiences and spec.audience not in audiences:
        ctx.problems.add(doc.path, doc.line(("audience",)), f"unknown audience '{spec.audience}'",
                         did_you_mean(spec.audience, audiences) or "use one of: " + ", ".join(sorted(audiences)))
        ok = False
    ok &= _check_steps(ctx, spec.key_steps, doc, ("key_steps",), steps)
    nodes = _nodes(ctx, spec, doc, steps)
    if nodes is None or not ok or not _check_graph(ctx, spec, doc):
        return None
    texts = [spec.setting, spec.customer, spec.opening] + [n.text or "" for n in spec.nodes]
    texts += [f"{c.text} {c.consequence} {c.coaching}" for n in spec.nodes for c in n.choices or []]
    text = " ".join(filter(None, texts))
    return Scenario(
        id=sid, section_id=section_id, number=number, title=spec.title, audience=spec.audience,
        summary=spec.summary, setting=spec.setting, customer=spec.customer, opening=spec.opening,
        often_goes_wrong=spec.often_goes_wrong, start=spec.start, nodes=nodes,
        better_approach=spec.better_approach, key_steps=tuple(spec.key_steps), discussion=tuple(spec.discussion),
        words=words(text), minutes_override=spec.minutes, lint_ignore=tuple(spec.lint.ignore),
    )


def _check_steps(ctx: Context, used: list[str], doc: SourceDoc, loc: tuple, steps: set[str] | None) -> bool:
    hint = "steps: " + ", ".join(sorted(steps)) if steps else "define encounter_model: in course.yml"
    return ctx.check_refs(used, doc, loc, steps, "encounter-model step", hint,
                          "unknown encounter-model step '{ref}'")


def _nodes(ctx: Context, spec: schema.ScenarioFile, doc: SourceDoc, steps: set[str] | None) -> tuple[Node, ...] | None:
    out, ok, seen = [], True, set()
    for i, n in enumerate(spec.nodes):
        loc = ("nodes", i)
        if n.id in seen:
            ctx.problems.add(doc.path, doc.line(loc + ("id",)), f"duplicate node id '{n.id}' in this scenario",
                             "give each decision and ending its own id")
            ok = False
        seen.add(n.id)
        if (n.choices is None) == (n.ending is None):
            ctx.problems.add(doc.path, doc.line(loc), f"node '{n.id}' must have either 'choices' (a decision) "
                             "or 'ending' (an outcome)", "a decision has prompt + choices; an ending has "
                             "ending: {outcome: good, text: …}")
            ok = False
            continue
        if n.ending:
            out.append(Node(n.id, n.text, outcome=n.ending.outcome, ending=n.ending.text))
            continue
        if not n.prompt:
            ctx.problems.add(doc.path, doc.line(loc), f"decision '{n.id}' has no prompt",
                             "prompt: What would you do?")
            ok = False
        choices, ids = [], set()
        for j, c in enumerate(n.choices or []):
            cid, cloc = c.id or string.ascii_lowercase[j], loc + ("choices", j)
            if cid in ids:
                ctx.problems.add(doc.path, doc.line(cloc), f"duplicate choice id '{cid}' in node '{n.id}'",
                                 "give each choice its own id, or leave ids out to number them a, b, c…")
                ok = False
            ids.add(cid)
            ok &= _check_steps(ctx, c.steps, doc, cloc + ("steps",), steps)
            choices.append(Choice(cid, c.text, c.consequence, c.coaching, tuple(c.steps), c.score, c.next))
        out.append(Node(n.id, n.text, n.prompt, tuple(choices)))
    return tuple(out) if ok else None


def _check_graph(ctx: Context, spec: schema.ScenarioFile, doc: SourceDoc) -> bool:
    """Links, reachability from start, a way out to an ending from every node."""
    index = {n.id: i for i, n in enumerate(spec.nodes)}
    ok = True
    if spec.start not in index:
        ctx.problems.add(doc.path, doc.line(("start",)), f"start node '{spec.start}' does not exist",
                         did_you_mean(spec.start, index) or "name the id of the first decision")
        return False
    edges: dict[str, list[str]] = {n.id: [] for n in spec.nodes}
    for i, n in enumerate(spec.nodes):
        for j, c in enumerate(n.choices or []):
            if c.next not in index:
                ctx.problems.add(doc.path, doc.line(("nodes", i, "choices", j, "next")),
                                 f"next node '{c.next}' does not exist",
                                 did_you_mean(c.next, index) or "name a decision or ending id in this scenario")
                ok = False
            else:
                edges[n.id].append(c.next)
    endings = [n.id for n in spec.nodes if n.ending]
    if not endings:
        ctx.problems.add(doc.path, doc.line(("nodes",)), "scenario has no ending",
                         "add a node with ending: {outcome: good, text: …}")
        return False
    if not ok:
        return False
    reached = _walk([spec.start], edges)
    reverse: dict[str, list[str]] = {k: [] for k in edges}
    for src, targets in edges.items():
        for t in targets:
            reverse[t].append(src)
    can_finish = _walk(endings, reverse)
    for n in spec.nodes:
        line = doc.line(("nodes", index[n.id], "id"))
        if n.id not in reached:
            ctx.problems.add(doc.path, line, f"node '{n.id}' cannot be reached from start '{spec.start}'",
                             "point a choice's 'next' at it, or remove it")
            ok = False
        elif n.id not in can_finish:
            ctx.problems.add(doc.path, line, f"node '{n.id}' is in a loop with no way out to an ending",
                             "give one of its choices a path that leads to an ending")
            ok = False
    return ok


def _walk(starts: list[str], edges: dict[str, list[str]]) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue:
        for nxt in edges[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen
