"""Item-writing checks: the cues a test-wise learner uses to answer without knowing. Each finding
is a warning (check prints it; --strict fails on it) with a rule id, which a question or
scenario can switch off with `lint: {ignore: [rule-id]}`, and course.yml for the whole course."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .load import Sources
from .model import Course, Question, Scenario
from .problems import Problems
from .render.text import plain
from .yaml_source import SourceDoc

LINT_RULE = re.compile(r" \[[a-z-]+\]$")  # how a finding's message ends: its rule id
MIN_GAP = 15  # characters: "Water" against "Oil" is no cue
ABSOLUTE = re.compile(r"\b(always|never)\b", re.I)
# A question that asks for what is not so: "Which is not…?", "…does not…?", "all EXCEPT…?", "least likely…?"
ASKED = re.compile(r"[^.?!]*\?")
NEGATIVE = re.compile(r"\b(?:is|are|was|were|does|do|did|would|should|could|can|will|must)\s+"
                      r"(\*\*|__|\*|_)?(not)\b(\*\*|__|\*|_)?|(\*\*|__|\*|_)?\b(except|least)\b(\*\*|__|\*|_)?", re.I)
ALL_ABOVE = re.compile(r"\ball of the above\b", re.I)
NONE_ABOVE = re.compile(r"\bnone of the above\b", re.I)
HINTS = {
    "longest-correct-bank": "test-wise learners pick the longest option: give the wrong options as much detail, "
                            "or trim the right ones",
    "longest-correct": "trim the right option, or give the wrong ones the same detail",
    "true-false-balance": "aim for about as many true answers as false ones",
    "multiple-same-count": "vary how many options are right, so the count gives nothing away",
    "all-of-the-above": "a learner who spots two right options picks it without knowing the rest; list the "
                        "answers as options instead",
    "none-of-the-above": "it rewards knowing what is wrong, not what is right; write a plausible wrong option "
                         "instead",
    "absolute-words": "learners rule out options that say always or never; qualify them, or use such a word in "
                      "a right option too",
    "negative-stem": "emphasize the negative word (**not** or NOT), or ask the question the positive way",
    "scenario-longest-best": "vary the length of the choices, so length does not point to the best one",
}


@dataclass
class _Where:
    doc: SourceDoc
    loc: tuple


def _locations(src: Sources) -> tuple[dict[str, _Where], dict[str, list[str]], dict[str, SourceDoc]]:
    """Where each question is, which questions each bank holds, and each scenario's file."""
    questions: dict[str, _Where] = {}
    banks: dict[str, list[str]] = {}
    for doc in src.banks:
        items = doc.data.get("questions") if isinstance(doc.data, dict) else None
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                questions[item["id"]] = _Where(doc, ("questions", i))
                banks.setdefault(doc.path, []).append(item["id"])
    scenarios = {}
    for section in src.sections.values():
        for sc in section.scenarios:
            sid = sc.doc.data.get("id") if isinstance(sc.doc.data, dict) else None
            scenarios[sid if isinstance(sid, str) else sc.slug] = sc.doc
    return questions, banks, scenarios


def _length(q: Question, text: str) -> int:
    return len(plain(text, q.html))


def lint(course: Course, src: Sources, problems: Problems) -> None:
    """Add a warning for each item-writing cue found in `course` (its sources give the lines)."""
    where, banks, scenario_docs = _locations(src)
    off = set(course.lint_ignore)

    def report(rule: str, doc: SourceDoc, loc: tuple, message: str) -> None:
        problems.warn(doc.path, doc.line(loc), f"{message} [{rule}]", HINTS[rule])

    def on(rule: str, q: Question | Scenario) -> bool:
        return rule not in off and rule not in q.lint_ignore

    for qid, place in where.items():
        q = course.questions.get(qid)
        if q and q.type in ("single", "multiple", "true_false"):
            _question(q, place, on, report)
    for path, ids in banks.items():
        doc = next(d for d in src.banks if d.path == path)
        _bank([course.questions[i] for i in ids if i in course.questions], doc, on, report)
    for section in course.sections:
        for s in section.scenarios:
            if s.id in scenario_docs and on("scenario-longest-best", s):
                _scenario(s, scenario_docs[s.id], report)


Report = Callable[[str, SourceDoc, tuple, str], None]
On = Callable[[str, "Question | Scenario"], bool]


def _question(q: Question, place: _Where, on: On, report: Report) -> None:
    doc, loc = place.doc, place.loc
    right = [o for o in q.options if o.correct]
    wrong = [o for o in q.options if not o.correct]
    if q.type == "single" and on("longest-correct", q) and wrong:
        others = statistics.mean(_length(q, o.text) for o in wrong)
        length = _length(q, right[0].text)
        ratio = length / others if others else 0
        if ratio > 1.5 and length - others >= MIN_GAP:
            report("longest-correct", doc, loc, f"question '{q.id}': the right option is {ratio:.1f} times as long "
                   "as the others on average")
    for j, o in enumerate(q.options):
        for rule, pattern, what in (("all-of-the-above", ALL_ABOVE, "all of the above"),
                                    ("none-of-the-above", NONE_ABOVE, "none of the above")):
            if on(rule, q) and pattern.search(o.text):
                report(rule, doc, loc + ("options", j), f"question '{q.id}' offers “{what}”")
    if q.type != "true_false" and on("absolute-words", q) and any(ABSOLUTE.search(o.text) for o in wrong) \
            and not any(ABSOLUTE.search(o.text) for o in right):
        report("absolute-words", doc, loc, f"question '{q.id}': only wrong options say “always” or “never”")
    if on("negative-stem", q):
        for question in ASKED.findall(q.prompt):
            m = NEGATIVE.search(question)
            if not m:
                continue
            before, word, after = m.group(1, 2, 3) if m.group(2) else m.group(4, 5, 6)
            if not (before and after) and word != word.upper():
                report("negative-stem", doc, loc + ("prompt",), f"question '{q.id}' asks what is “{word}” so, "
                       "but does not make the word stand out")
                break


def _bank(questions: list[Question], doc: SourceDoc, on: On, report: Report) -> None:
    loc = ("questions",)
    singles = [q for q in questions if q.type == "single" and on("longest-correct-bank", q)]
    longest = [q for q in singles
               if all(_length(q, o.text) < _length(q, next(r for r in q.options if r.correct).text)
                      for o in q.options if not o.correct)]
    if len(singles) >= 5 and len(longest) > 0.4 * len(singles):
        report("longest-correct-bank", doc, loc, f"the right option is the longest in {len(longest)} of "
               f"{len(singles)} single-choice questions in this bank ({round(100 * len(longest) / len(singles))} %)")
    flags = [next(o.id for o in q.options if o.correct) for q in questions
             if q.type == "true_false" and on("true-false-balance", q)]
    if most := _mostly(flags, 0.65):
        report("true-false-balance", doc, loc, f"{most[1]} of {len(flags)} true/false answers in this bank are "
               f"{most[0]}")
    counts = [sum(o.correct for o in q.options) for q in questions
              if q.type == "multiple" and on("multiple-same-count", q)]
    if most := _mostly(counts, 0.75):
        report("multiple-same-count", doc, loc, f"{most[1]} of {len(counts)} multiple-choice questions in this "
               f"bank have {most[0]} right options")


def _mostly(values: list, share: float) -> tuple[object, int] | None:
    """The most common of at least four values and how often it occurs, when that is more than `share`."""
    if len(values) < 4:
        return None
    value, n = Counter(values).most_common(1)[0]
    return (value, n) if n > share * len(values) else None


def _scenario(s: Scenario, doc: SourceDoc, report: Report) -> None:
    decisions = [n for n in s.nodes if n.choices]
    longest = [n for n in decisions
               if all(len(plain(c.text)) < len(plain(b.text)) for b in n.choices if b.score == n.best
                      for c in n.choices if c.score != n.best)]
    if decisions and len(longest) > len(decisions) / 2:
        report("scenario-longest-best", doc, ("nodes",), f"scenario '{s.id}': the best choice is the longest at "
               f"{len(longest)} of {len(decisions)} decisions")
