"""The shipped course against the content guide: outline coverage, question counts and
feedback, lesson length and reading level."""

from __future__ import annotations

import re
import unicodedata

import pytest

from course_builder.load import load_docs
from course_builder.problems import Problems
from course_builder.render import render_site

from .conftest import ROOT, require

OUTLINE = ROOT.parent / "shared" / "manual-outline.txt"
# The outline misspells one heading; the course uses the right word.
ALIASES = {"diffusing": "defusing"}
SKIP = {"contents", "acknowledgments", "preface"}


@pytest.fixture(scope="module")
def course(shipped_course):
    return shipped_course


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).lower().replace("’", "'").replace("—", " ")
    text = re.sub(r"<[^>]+>", " ", text)
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(ALIASES.get(w, w) for w in words)


def outline_headings() -> list[str]:
    """Headings of the five sections and both appendices, without page numbers."""
    out = []
    for line in OUTLINE.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"<[^>]+>", "", line)
        line = re.sub(r"[.\s]*(\d+|[IVX]+)\s*$", "", line.replace("\t", " ")).strip(" .")
        if not line or re.fullmatch(r"SECTION \d+", line) or _norm(line) in SKIP:
            continue
        if line.startswith("APPENDIX"):
            line = line.split(":", 1)[1]
        out.append(line.strip())
    return out


def _course_headings(course, root) -> str:
    site = render_site(course, load_docs(root, Problems()))
    lines = [line for text in site.texts.values() for line in text.splitlines() if line.startswith("#")]
    lines += [s.title for s in course.sections]
    return "\n".join(_norm(line) for line in lines)


def test_every_outline_heading_has_a_page_or_heading(course, shipped_project):
    require(OUTLINE.is_file(), f"the manual outline is not beside this checkout ({OUTLINE}): outline coverage "
            "not checked")
    have = _course_headings(course, shipped_project.root)
    headings = outline_headings()
    assert len(headings) > 90
    missing = [h for h in headings if _norm(h) not in have]
    assert missing == []


def test_every_option_and_question_has_feedback(course):
    for q in course.questions.values():
        assert all(o.feedback.strip() for o in q.options), q.id
        if q.type in ("ordering", "matching"):
            assert q.feedback and all(f.strip() for f in q.feedback), q.id


def test_question_counts(course):
    sections = [s for s in course.sections if s.kind == "section"]
    assert len(sections) == 5
    assert len(course.questions) >= 150
    for section in sections:
        assert 10 <= len(section.quiz.question_ids) <= 15, section.id
        for lesson in section.lessons:
            if lesson.layout == "lesson":
                assert 2 <= len(lesson.check) <= 4, lesson.id
    pool = [q for q in course.questions.values() if "final" in q.tags]
    assert len(pool) >= 40
    assert {t for q in pool for t in q.tags} >= {"s1", "s2", "s3", "s4", "s5"}
    used = {qid for s in sections for qid in s.quiz.question_ids}
    used |= {qid for s in sections for lesson in s.lessons for qid in lesson.check}
    assert not used & {q.id for q in pool}, "final-pool questions must not repeat quiz or check items"


def test_richer_question_types_are_used(course):
    kinds = {q.type for q in course.questions.values()}
    assert kinds >= {"single", "multiple", "true_false", "ordering", "matching", "reflection"}
    assert "s3-q-order-encounter" in course.questions
    assert len(course.questions["s3-q-order-encounter"].items) == 11


def test_lessons_take_five_to_ten_minutes(course):
    for section in course.sections:
        for lesson in section.lessons:
            if lesson.layout == "lesson":
                assert 5 <= lesson.minutes <= 10, (lesson.id, lesson.minutes)


def test_prose_reads_at_grade_six_to_eight(shipped_project):
    """Plain but not choppy: each section's lessons read at about US grade 6–8 (CONTENT-GUIDE)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("readability", ROOT / "scripts" / "readability.py")
    readability = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(readability)
    for section, (whole, per) in readability.grades(shipped_project.root).items():
        assert 6 <= whole <= 8, (section, whole)
        assert all(5 <= g <= 10 for g in per.values()), (section, per)


def test_regulatory_numbers_come_from_the_facts_file(shipped_project):
    """Numbers the guide lists are written once, in manual/facts.yml, not in lessons."""
    pattern = re.compile(r"\b(15|10) ppb\b|\b4\.0 mg/L|\b0\.[25] mg/L|NSF/ANSI 5[38]|\b20 psi\b", re.I)
    offenders = []
    for path in sorted((shipped_project.root / "manual").rglob("*")):
        if path.is_file() and path.name != "facts.yml" and pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(path.relative_to(shipped_project.root).as_posix())
    assert offenders == []


def test_the_shipped_course_builds_every_page(shipped_site, course):
    """The one real build of the shipped course."""
    assert (shipped_site / "index.html").is_file()
    for section in course.sections:
        assert (shipped_site / section.id / "index.html").is_file()
        if section.kind == "section":
            assert (shipped_site / section.id / "quiz.html").is_file()
        for page in section.lessons + section.scenarios:
            assert (shipped_site / section.id / f"{page.id}.html").is_file()
    for page in ("authoring", "for-hr", "for-it", "glossary", "tracks", "final-assessment", "certificate"):
        assert (shipped_site / f"{page}.html").is_file(), page


def test_each_shipped_path_leaves_the_right_pages_optional(course):
    from course_builder.render import data

    optional = {t["id"]: set(t["o"]) for t in data.nav_paths(course)}
    assert optional["supervisors"] == set()
    assert "amr-and-ami" not in optional["field"]
    assert {"interval-data", "s4-technology-quiz", "high-bill"} <= optional["field"]
    assert "s4-technology" in optional["all-staff"]  # a section it leaves out whole
    assert "s3-communication" not in optional["all-staff"] and "encounter-opening" not in optional["all-staff"]


SOURCE_8GRAMS = ROOT.parent / "shared" / "originality" / "source-8grams.txt"


def _learner_strings(value, seen=None):
    """Every string in the course model (lesson bodies, questions, scenarios, glossary…)."""
    import dataclasses

    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            if f.name != "editions":  # cut-down copies of the same texts
                yield from _learner_strings(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _learner_strings(item, seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _learner_strings(item, seen)


def _eight_gram_hashes(text: str) -> dict[str, str]:
    """Hash → the words, for each 8-word run, as the originality file's header defines words."""
    import hashlib

    folded = text.lower().translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"',
                                     0x2013: " ", 0x2014: " ", 0xA0: " "})
    words = re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", folded)
    out = {}
    for i in range(len(words) - 7):
        run = " ".join(words[i:i + 8])
        out[hashlib.sha256(run.encode()).hexdigest()[:16]] = run
    return out


def test_no_eight_word_run_is_copied_from_a_public_text(course, shipped_project):
    """CONTENT-GUIDE, "Originality, checked": no 8-word run of learner text matches a source's."""
    require(SOURCE_8GRAMS.is_file(), f"the originality hashes are not beside this checkout ({SOURCE_8GRAMS})")
    headings, sources = set(), set()
    for line in SOURCE_8GRAMS.read_text(encoding="utf-8").splitlines():
        if line.startswith("h "):
            headings.add(line[2:].strip())
        elif line.strip() and not line.startswith("#"):
            sources.add(line.strip())
    texts = list(_learner_strings(course))
    texts += [p.read_text(encoding="utf-8") for p in sorted((shipped_project.root / "manual").rglob("*.md"))]
    copied = set()
    for text in texts:
        for digest, run in _eight_gram_hashes(text).items():
            if digest in sources and digest not in headings:
                copied.add(run)
    assert sorted(copied) == []


def test_the_policy_worksheet_lists_every_policy_value(course, shipped_project):
    """docs/policy-worksheet.md (for the coordinator) has a row for each policy: value, and no other."""
    text = (shipped_project.root / "docs" / "policy-worksheet.md").read_text(encoding="utf-8")
    rows = re.findall(r'<th scope="row"><code[^>]*>([a-z0-9-]+)</code></th>', text)
    assert sorted(rows) == sorted(course.policy) and len(rows) == len(set(rows))
