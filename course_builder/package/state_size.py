"""How large a learner's saved progress can grow inside an LMS, and whether it fits.

An LMS keeps the course's saved progress in `cmi.suspend_data`: at most 4,096 characters in
SCORM 1.2 and 64,000 in SCORM 2004. This builds the largest state a learner can save in a
course (every lesson visited, every question answered with its longest answer, every scenario
on its longest path, every reflection and field typed to its limit in `text_limits`) and
encodes it as the SCORM launch page does (runtime/scorm-launch.js): ids replaced by their
index in the id table, JSON, raw deflate, base64 and a 9-character header.

Typed text is English-like prose, not random characters: what a learner writes compresses
about as well as this does; characters chosen at random would not compress at all."""

from __future__ import annotations

import base64
import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import replace

from .. import storage
from ..model import Contract, Course, Question, Scenario
from ..problems import Problems

LIMITS = {"1.2": 4096, "2004": 64000, "2004-4th": 64000}  # suspend_data, in characters
HEADER = 9  # "z" and the id table's checksum
DATE = "2026-11-30"
_VOCABULARY = (
    "the a to and of I will my customer call when we for be in it with that this on what they account bill "
    "water service ask listen explain next time before after each their our about can how more help team "
    "because so if would should could meter leak pressure notice payment plan supervisor week month day "
    "calm clear name number question answer follow up check record note promise keep greet thank sorry "
    "understand repeat summary options choice better faster first last always sometimes try practise learn "
    "from people who need want feel worried angry upset happy safe home street crew truck office phone "
    "email letter visit work job role steps model talk words tone voice pause wait hold transfer"
)
WORDS = tuple(_VOCABULARY.split())
ENDINGS = ("s", "ed", "ing", "ly", "er")


def filler(rng: random.Random, length: int) -> str:
    """English-like text of exactly `length` characters: common words, some with an ending and
    some numbers, in sentences. It compresses within a few per cent of the course's own prose."""
    def word() -> str:
        w, roll = rng.choice(WORDS), rng.random()
        return w + rng.choice(ENDINGS) if roll < 0.25 else str(rng.randint(1, 500)) if roll < 0.3 else w

    out: list[str] = []
    size = 0
    while size < length:
        sentence = " ".join(word() for _ in range(rng.randint(6, 16)))
        sentence = sentence[0].upper() + sentence[1:] + rng.choice((". ", ". ", ", ", "? "))
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:length]


def _answer(q: Question) -> list | dict:
    """The longest answer a learner can save for `q`, in the runtime's terms."""
    if q.type == "multiple":
        return [o.id for o in q.options]
    if q.type in ("single", "true_false"):
        return [max((o.id for o in q.options), key=len)]
    if q.type == "ordering":
        return [i.id for i in q.items]
    longest = max((i.id for i in q.items), key=len)  # matching: any answer in any row
    return {p.id: longest for p in q.pairs}


def _longest_path(s: Scenario) -> list[str]:
    """The choice ids of the longest walk from the start to an ending, taking each loop once."""
    nodes = {n.id: n for n in s.nodes}
    best: dict[str, list[str]] = {}
    on_stack: set[str] = set()

    def walk(node_id: str) -> list[str]:
        node = nodes.get(node_id)
        if node is None or not node.choices or node_id in on_stack:
            return []  # an ending, or back round a loop already taken
        if node_id not in best:
            on_stack.add(node_id)
            best[node_id] = max(([c.id, *walk(c.next)] for c in node.choices), key=len)
            on_stack.discard(node_id)
        return best[node_id]

    return walk(s.start)


def _contract(c: Contract, limits: dict[str, int], rng: random.Random) -> dict:
    def value(f_type: str) -> str:
        return DATE if f_type == "date" else filler(rng, limits["paragraph" if f_type == "textarea" else "line"])

    values = {f.id: value(f.type) for f in c.details + c.check_in}
    for n in range(1, c.max_commitments + 1):
        values.update({f"c{n}.{f.id}": value(f.type) for f in c.commitment_fields})
        values.update({f"c{n}.r{d}": str(len(c.scale)) for d in c.ratings})
    return {"v": values, "n": c.max_commitments}


def worst_case_state(course: Course) -> dict[str, object]:
    """The largest saved state of `course` (or of a track's edition), keyed as suspend data is."""
    rng = random.Random(f"{course.id} {course.version}")
    limits = course.text_limits
    state: dict[str, object] = {storage.entry("seed", "order"): "x" * 8}
    if course.tracks:
        state[storage.entry("track", "chosen")] = max((t.id for t in course.tracks), key=len)
    quiz = {"s": True, "best": 100, "n": 999, "ok": True, "at": DATE}
    pool = [qid for _, ids in course.final.groups for qid in ids] if course.final else []
    asked = [qid for s in course.sections for lesson in s.lessons for qid in lesson.check]
    asked += [qid for s in course.sections if s.quiz for qid in s.quiz.question_ids] + pool
    for section in course.sections:
        for lesson in section.lessons:
            state[storage.entry("visit", lesson.id)] = 1
            for qid in lesson.check:
                if course.questions[qid].scored:
                    # with its review schedule: step and due day (days since 1970, five digits)
                    state[storage.entry("answer", qid)] = {"a": _answer(course.questions[qid]), "c": 1,
                                                           "s": 3, "d": 99999}
        for s in section.scenarios:
            state[storage.entry("scenario", s.id)] = {"p": _longest_path(s), "d": 1, "s": 100}
        if section.quiz:
            scored = [course.questions[qid] for qid in section.quiz.question_ids if course.questions[qid].scored]
            state[storage.entry("quiz", section.quiz.id)] = {"a": {q.id: _answer(q) for q in scored}, **quiz}
        if section.contract:
            state[storage.entry("contract", section.contract.id)] = _contract(section.contract, limits, rng)
    for qid in dict.fromkeys(asked):  # a reflection is saved once, wherever it is asked
        if not course.questions[qid].scored:
            state[storage.entry("reflection", qid)] = {"t": filler(rng, limits["reflection"])}
    if course.final:
        scored = [course.questions[qid] for qid in pool if course.questions[qid].scored]
        drawn = sorted(scored, key=lambda q: len(json.dumps(_answer(q))) + len(q.id), reverse=True)[: course.final.draw]
        state[storage.entry("quiz", course.final.id)] = {"a": {q.id: _answer(q) for q in drawn}, **quiz,
                                                         "k": 2**31 - 1}
    state[storage.entry("certificate", "name")] = {"name": filler(rng, limits["line"])}
    return state


def _packed(state: dict[str, object], ids: list[str]) -> Iterator[tuple[str, object]]:
    index = {id_: "~" + _base36(i) for i, id_ in enumerate(ids)}
    quiz = storage.KINDS["quiz"]
    for key, value in state.items():
        kind, _, id_ = key.partition(":")
        if kind == quiz and isinstance(value, dict) and isinstance(value.get("a"), dict):
            value = {**value, "a": {index.get(k, k): v for k, v in value["a"].items()}}
        yield f"{kind}:{index.get(id_, id_)}", value


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def encoded_size(course: Course, state: dict[str, object]) -> int:
    """Characters `state` takes in suspend data, encoded as the launch page encodes it."""
    text = json.dumps(dict(_packed(state, storage.short_ids(course))), separators=(",", ":"), ensure_ascii=False)
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = deflate.compress(text.encode()) + deflate.flush()
    return HEADER + len(base64.b64encode(raw))


def worst_case_size(course: Course) -> int:
    """Characters of suspend data that a learner who does everything in `course` needs."""
    return encoded_size(course, worst_case_state(course))


def _fitting_limits(course: Course, limit: int) -> dict[str, int] | None:
    """The largest text limits that fit: the long texts' the course has (reflection, paragraph)
    scaled down alike, in steps of 10; the one-line fields' too only when that is not enough."""
    def fits(limits: dict[str, int]) -> bool:
        return worst_case_size(replace(course, text_limits=limits)) <= limit

    def scaled(f: float, keys: tuple[str, ...]) -> dict[str, int]:
        return {k: max(20, int(v * f) // 10 * 10) if k in keys else v for k, v in course.text_limits.items()}

    state = worst_case_state(course)
    long_texts = tuple(k for k, kind in (("reflection", "reflection"), ("paragraph", "contract"))
                       if any(key.startswith(storage.KINDS[kind] + ":") for key in state))
    for keys in (long_texts, tuple(course.text_limits)):
        if fits(scaled(0.0, keys)):
            low, high = 0.0, 1.0
            for _ in range(10):
                mid = (low + high) / 2
                low, high = (mid, high) if fits(scaled(mid, keys)) else (low, mid)
            return scaled(low, keys)
    return None


def check_fits(course: Course, version: str, problems: Problems, path: str, line: int) -> int:
    """The worst-case size of `course`'s saved progress; an error in `problems` when SCORM
    `version` cannot keep it (with what would fit: 2004, a path, shorter text limits)."""
    limit = LIMITS[version]
    size = worst_case_size(course)
    if size <= limit:
        return size
    ways = []
    if LIMITS["2004"] > limit and size <= LIMITS["2004"]:
        ways.append(f"package for SCORM 2004 (--scorm 2004), which keeps {LIMITS['2004']:,} characters")
    paths = [f"{tid} ({n:,})" for tid, n in ((tid, worst_case_size(e)) for tid, e in course.editions.items())
             if n <= limit]
    if paths:
        ways.append(f"package one learning path (--track ID) that fits: {', '.join(paths)}")
    fitting = _fitting_limits(course, limit)
    now = ", ".join(f"{k}: {v}" for k, v in course.text_limits.items())
    if fitting:
        ways.append("let learners type less, in course.yml (now " + now + "):\n"
                    "  text_limits: {" + ", ".join(f"{k}: {v}" for k, v in fitting.items()) + "}")
    if ways:
        hint = ("that is a learner who visits every lesson, answers every question and types every reflection and "
                "contract field to the limit set by text_limits. To fix it, "
                + ("do one of these:\n- " if len(ways) > 1 else "") + "\n- ".join(ways))
    else:
        hint = "this course's questions and pages alone need more than that: package it for SCORM 2004, or by path"
    problems.add(path, line, f"a learner's saved progress can reach {size:,} characters in this course, and SCORM "
                 f"{version} lets an LMS keep only {limit:,}: the LMS would refuse to save the rest", hint)
    return size
