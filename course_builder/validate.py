"""Validate all sources together and build the Course model; every problem is collected."""

from __future__ import annotations

import re
import string
from pathlib import Path

from . import schema
from .file_validation import validate_doc
from .load import LessonSource, Sources, load_sources
from .model import Course, Lesson, Option, Organisation, Question, Quiz, Section
from .placeholders import fill, placeholder_values
from .problems import CourseError, Problems, did_you_mean
from .yaml_source import SourceDoc

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
WORD_RE = re.compile(r"[A-Za-z0-9’']+")


class _Ids:
    """Every id in the course, so a duplicate anywhere is caught with both places named."""

    def __init__(self, problems: Problems):
        self.seen: dict[str, tuple[str, str, int]] = {}
        self.problems = problems

    def claim(self, id_: str, kind: str, path: str, line: int) -> bool:
        if id_ in self.seen:
            other_kind, other_path, other_line = self.seen[id_]
            self.problems.add(path, line, f"duplicate id '{id_}': already used by a {other_kind} "
                              f"at {other_path}:{other_line}", "every id in the course must be unique; rename one")
            return False
        self.seen[id_] = (kind, path, line)
        return True


def check_course(root: Path) -> Course:
    """Load and validate the course at `root`; raise CourseError listing every problem."""
    problems = Problems()
    sources = load_sources(root, problems)
    course = build_course(sources, problems)
    if problems or course is None:
        raise CourseError(problems)
    return course


def build_course(src: Sources, problems: Problems) -> Course | None:
    cfile = validate_doc(src.course, schema.CourseFile, problems) if src.course else None
    values = placeholder_values(cfile) if cfile else {}
    ids = _Ids(problems)

    def filled(text: str | None, doc: SourceDoc, loc: tuple, base_line: int | None = None) -> str | None:
        if text is None:
            return None
        start = doc.line(loc) if base_line is None else base_line

        def report(offset: int, name: str) -> None:
            hint = did_you_mean(name, values) or "known placeholders: " + ", ".join(sorted(values))
            problems.add(doc.path, start + offset, f"unknown placeholder '{{{{ {name} }}}}'", hint)
        return fill(text, values, report) if values else text

    declared: set[str] = set()
    questions = _questions(src.banks, ids, problems, filled, declared)
    # References to questions in unreadable banks would only repeat the first error.
    known = set(questions) | declared if not src.unreadable_banks else None
    sections = []
    folders = set(src.sections)
    listed = cfile.sections if cfile else sorted(folders)
    for number, sid in enumerate(listed, start=1):
        line = src.course.line(("sections", number - 1)) if cfile else 0
        if sid not in folders:
            problems.add(src.course.path, line, f"section '{sid}' has no folder manual/{sid}/",
                         did_you_mean(sid, folders) or f"create manual/{sid}/ with a section.yml")
            continue
        if not ids.claim(sid, "section", src.course.path if cfile else src.sections[sid].path, line):
            continue
        section = _section(src.sections[sid], number, cfile, questions, known, ids, problems, filled)
        if section:
            sections.append(section)
    if cfile:
        for folder in sorted(folders - set(listed)):
            problems.add(src.sections[folder].path, 0, f"folder manual/{folder}/ is not listed in course.yml",
                         f"add '- {folder}' under sections: in course.yml, or remove the folder")
    if problems or cfile is None:
        return None
    org = cfile.organisation
    return Course(
        id=cfile.id, version=cfile.version, title=cfile.title,
        description=filled(cfile.description, src.course, ("description",)),
        language=cfile.language,
        organisation=Organisation(org.name, org.short_name, org.logo,
                                  {k: v for k, v in org.contact.model_dump().items() if v}),
        policy=dict(cfile.policy), pass_mark=cfile.pass_mark,
        sections=tuple(sections), questions=questions,
    )


QUESTION_MODELS = {"single": schema.ChoiceQuestion, "multiple": schema.ChoiceQuestion,
                   "true_false": schema.TrueFalseQuestion}


def _bank_items(doc: SourceDoc, problems: Problems, declared: set[str]):
    """Yield (index, validated question) for each valid question; bad ones become problems."""
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list) or not data["questions"]:
        validate_doc(doc, schema.BankFile, problems)  # reports the shape problem
        return
    for key in data:
        if key != "questions":
            problems.add(doc.path, doc.line((key,)), f"unknown key '{key}' in the file",
                         did_you_mean(str(key), ["questions"]) or "a bank holds only 'questions:'")
    for i, item in enumerate(data["questions"]):
        loc = ("questions", i)
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            declared.add(item["id"])
        kind = item.get("type") if isinstance(item, dict) else None
        if isinstance(item, dict) and kind not in QUESTION_MODELS:
            line = doc.line(loc + ("type",))
            if kind is None:
                problems.add(doc.path, line, f"missing required key 'type' in {doc.path} question {i + 1}",
                             "type: single | multiple | true_false")
            else:
                problems.add(doc.path, line, f"unknown question type '{kind}'",
                             did_you_mean(str(kind), QUESTION_MODELS) or "use single, multiple or true_false")
            continue
        q = validate_doc(doc, QUESTION_MODELS.get(kind, schema.ChoiceQuestion), problems, at=loc)
        if q is not None:
            yield i, q


def _questions(banks, ids: _Ids, problems: Problems, filled, declared: set[str]) -> dict[str, Question]:
    out: dict[str, Question] = {}
    for doc in banks:
        for i, q in _bank_items(doc, problems, declared):
            loc = ("questions", i)
            if not ids.claim(q.id, "question", doc.path, doc.line(loc + ("id",))):
                continue
            prompt = filled(q.prompt, doc, loc + ("prompt",))
            explanation = filled(q.explanation, doc, loc + ("explanation",))
            if isinstance(q, schema.TrueFalseQuestion):
                fb = {q.answer: q.feedback.correct, not q.answer: q.feedback.incorrect}
                options = tuple(
                    Option(str(v).lower(), "True" if v else "False", v == q.answer,
                           filled(fb[v], doc, loc + ("feedback", "correct" if v == q.answer else "incorrect")))
                    for v in (True, False))
            else:
                options = _options(q, doc, loc, problems, filled)
                if options is None:
                    continue
            out[q.id] = Question(q.id, q.type, prompt, options, explanation, tuple(q.tags))
    return out


def _options(q, doc: SourceDoc, loc: tuple, problems: Problems, filled) -> tuple[Option, ...] | None:
    options, seen = [], set()
    for j, o in enumerate(q.options):
        oid = o.id or string.ascii_lowercase[j]
        if oid in seen:
            problems.add(doc.path, doc.line(loc + ("options", j)), f"duplicate option id '{oid}' in question '{q.id}'",
                         "give each option its own id, or leave ids out to number them a, b, c…")
        seen.add(oid)
        olo = loc + ("options", j)
        options.append(Option(oid, filled(o.text, doc, olo + ("text",)), o.correct,
                              filled(o.feedback, doc, olo + ("feedback",))))
    n_correct = sum(o.correct for o in options)
    line = doc.line(loc + ("options",))
    if n_correct == 0:
        problems.add(doc.path, line, f"question '{q.id}' has no correct option",
                     "mark the right option with 'correct: true'")
        return None
    if q.type == "single" and n_correct > 1:
        problems.add(doc.path, line, f"single-choice question '{q.id}' has {n_correct} correct options",
                     "mark exactly one option 'correct: true', or use 'type: multiple'")
        return None
    return tuple(options)


def _section(ssrc, number, cfile, questions, known, ids: _Ids, problems: Problems,
             filled) -> Section | None:
    meta = validate_doc(ssrc.meta, schema.SectionFile, problems) if ssrc.meta else None
    lessons = []
    for lnum, lsrc in enumerate(ssrc.lessons, start=1):
        lesson = _lesson(lsrc, lnum, ssrc.folder, questions, known, ids, problems, filled)
        if lesson:
            lessons.append(lesson)
    if not ssrc.lesson_files:
        problems.add(ssrc.path, 0, "section has no lessons", "add a lesson file such as 01-introduction.md")
    if meta is None or cfile is None:
        return None
    quiz = None
    if meta.quiz:
        qloc = ("quiz", "questions")
        qids = tuple(meta.quiz.questions)
        _check_refs(qids, ssrc.meta, qloc, questions, known, problems)
        quiz_id = f"{ssrc.folder}-quiz"
        ids.claim(quiz_id, "quiz", ssrc.meta.path, ssrc.meta.line(("quiz",)))
        quiz = Quiz(quiz_id, filled(meta.quiz.title, ssrc.meta, ("quiz", "title")), filled(meta.quiz.intro, ssrc.meta, ("quiz", "intro")), qids,
                    meta.quiz.pass_mark if meta.quiz.pass_mark is not None else cfile.pass_mark)
    return Section(ssrc.folder, number, filled(meta.title, ssrc.meta, ("title",)),
                   filled(meta.summary, ssrc.meta, ("summary",)),
                   tuple(filled(o, ssrc.meta, ("objectives", i)) for i, o in enumerate(meta.objectives)),
                   tuple(lessons), quiz)


def _check_refs(refs, doc: SourceDoc, loc: tuple, questions: dict, known: set[str] | None,
                problems: Problems) -> None:
    """Report references to undefined questions; `known` also holds ids of invalid questions."""
    if known is None:
        return
    for i, ref in enumerate(refs):
        if ref not in known:
            problems.add(doc.path, doc.line(loc + (i,)), f"no question with id '{ref}'",
                         did_you_mean(ref, questions) or "define it in a bank under quizzes/")


def _lesson(lsrc: LessonSource, number: int, section_id: str, questions, known, ids: _Ids,
            problems: Problems, filled) -> Lesson | None:
    meta = validate_doc(lsrc.meta, schema.LessonMeta, problems)
    body = lsrc.body.strip()
    if not body:
        problems.add(lsrc.path, lsrc.body_line, "lesson is empty",
                     "write the lesson's content as Markdown after the front matter")
    if meta is None:
        return None
    lesson_id = meta.id or lsrc.slug
    line = lsrc.meta.line(("id",)) if meta.id else 1
    if not ID_RE.match(lesson_id):
        problems.add(lsrc.path, line, f"'{lesson_id}' is not a valid lesson id",
                     "use lowercase letters, digits and hyphens in the file name, or set 'id:'")
        return None
    ids.claim(lesson_id, "lesson", lsrc.path, line)
    _check_refs(meta.check, lsrc.meta, ("check",), questions, known, problems)
    if not body:
        return None
    m = lsrc.meta
    return Lesson(
        id=lesson_id, section_id=section_id, number=number,
        title=filled(meta.title, m, ("title",)),
        objectives=tuple(filled(o, m, ("objectives", i)) for i, o in enumerate(meta.objectives)),
        takeaways=tuple(filled(t, m, ("takeaways", i)) for i, t in enumerate(meta.takeaways)),
        body=filled(body, m, (), base_line=lsrc.body_line + _leading_blank_lines(lsrc.body)),
        check=tuple(meta.check), words=len(WORD_RE.findall(body)), minutes_override=meta.minutes,
    )


def _leading_blank_lines(text: str) -> int:
    return len(text) - len(text.lstrip("\n")) if text.strip() else 0
