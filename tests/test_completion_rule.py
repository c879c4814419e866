"""The completion rule the certificate and the SCORM launch page share (runtime/status.js), run
in Node.js on Python's requirements: which score it reports, and when; when it is done or failed."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from course_builder.completion import requirements
from course_builder.validate import check_course

from .conftest import FIXTURES, ROOT

RUNTIME = ROOT / "course_builder" / "runtime"
KINDS = {"quiz": "quiz", "visit": "v"}


def _rule(need: dict, records: dict) -> dict:
    """completion(need, read) over `records` ("kind:id" → record)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is missing: see .ci/run")
    script = (RUNTIME / "keys.js").read_text() + (RUNTIME / "status.js").read_text() + f"""
const records = {json.dumps(records)};
const kinds = {json.dumps(KINDS)};
const out = completion({json.dumps(need)}, (kind, id) => records[entryKey(kinds, kind, id)]);
console.log(JSON.stringify({{...out, quizzes: undefined}}));"""
    return json.loads(subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout)


def _quiz(best: int, ok: bool, n: int = 1) -> dict:
    return {"a": {}, "s": True, "best": best, "ok": ok, "n": n}


NEED = {"quizzes": [["s1-quiz", 80, 0], ["s2-quiz", 80, 0], ["final", 80, 2]], "lessons": ["l1"], "final": "final"}
MEAN = {**NEED, "quizzes": NEED["quizzes"][:2], "final": None}


def test_the_final_score_is_the_score_when_the_final_is_required():
    assert _rule(NEED, {})["score"] is None
    # Section quizzes taken, the final not yet: still no score (not a running mean).
    assert _rule(NEED, {"quiz:s1-quiz": _quiz(60, False), "quiz:s2-quiz": _quiz(100, True)})["score"] is None
    out = _rule(NEED, {"quiz:s1-quiz": _quiz(60, False), "quiz:final": _quiz(90, True)})
    assert (out["score"], out["scoreKind"], out["done"], out["passed"]) == (90, "final", False, False)


def test_without_the_final_the_score_is_the_mean_once_every_quiz_is_taken():
    assert _rule(MEAN, {"quiz:s1-quiz": _quiz(70, False)})["score"] is None
    out = _rule(MEAN, {"quiz:s1-quiz": _quiz(70, False), "quiz:s2-quiz": _quiz(95, True)})
    assert (out["score"], out["scoreKind"]) == (83, "mean")


def test_no_quiz_required_means_no_score():
    out = _rule({"quizzes": [], "lessons": ["l1"], "final": None}, {"v:l1": 1})
    assert (out["score"], out["done"]) == (None, True)


def test_done_needs_every_quiz_passed_and_every_lesson_visited():
    records = {f"quiz:{q}": _quiz(100, True) for q in ("s1-quiz", "s2-quiz", "final")}
    assert not _rule(NEED, records)["done"]
    out = _rule(NEED, {**records, "v:l1": 1})
    assert (out["done"], out["passed"], out["failed"], out["score"]) == (True, True, False, 100)


def test_failed_once_every_attempt_of_a_required_quiz_is_used():
    assert not _rule(NEED, {"quiz:final": _quiz(50, False, 1)})["failed"]
    assert _rule(NEED, {"quiz:final": _quiz(50, False, 2)})["failed"]
    assert not _rule(NEED, {"quiz:final": _quiz(85, True, 2)})["failed"]
    # Unlimited attempts (0) never fail.
    assert not _rule(NEED, {"quiz:s1-quiz": _quiz(10, False, 40)})["failed"]


def test_python_gives_the_rule_the_final_and_its_attempts():
    need = requirements(check_course(FIXTURES / "records")).data()
    assert need["final"] == "final-assessment"
    assert need["quizzes"][-1] == ["final-assessment", 80, 0]
