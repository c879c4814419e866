"""Sections and their lessons: section.yml, lesson front matter and bodies, the section quiz."""

from __future__ import annotations

from dataclasses import dataclass

from .. import page_text, schema
from ..load import LessonSource, SectionSource
from ..model import Lesson, Question, Quiz, Section
from ..yaml_source import SourceDoc
from .context import ID_RE, Context, words
from .contract import build_contract
from .files import validate_doc
from .scenarios import build_scenario


@dataclass
class Known:
    """Ids a section may refer to; None where a broken file means they cannot be told yet."""

    questions: set[str] | None
    terms: set[str] | None
    steps: set[str] | None
    audiences: set[str] | None
    scored: set[str]  # in a section quiz or the final's pool: their answers never show in a check


def build_section(ctx: Context, ssrc: SectionSource, number: int, cfile: schema.CourseFile | None,
                  known: Known, questions: dict[str, Question]) -> Section | None:
    meta = validate_doc(ssrc.meta, schema.SectionFile, ctx.problems) if ssrc.meta else None
    appendix = bool(meta and meta.kind == "appendix")
    lessons = [lesson for lnum, lsrc in enumerate(ssrc.lessons, start=1)
               if (lesson := _lesson(ctx, lsrc, lnum, ssrc.folder, known, appendix))]
    scenarios = [s for s in (build_scenario(ctx, sc, ssrc.folder, n, known.steps, known.audiences)
                             for n, sc in enumerate(ssrc.scenarios, start=1)) if s]
    contract = build_contract(ctx, ssrc.contract, ssrc.folder, questions, known.questions) if ssrc.contract else None
    if contract and ssrc.contract:
        ctx.claim(contract.id, "contract", ssrc.contract.path, 1)
    if not ssrc.lesson_files and not ssrc.scenarios:
        ctx.problems.add(ssrc.path, 0, "section has no lessons", "add a lesson file such as 01-introduction.md")
    if meta is None or ssrc.meta is None:
        return None
    doc = ssrc.meta
    if appendix and not meta.label:
        ctx.problems.add(doc.path, doc.line(("kind",)), "an appendix needs a label", "label: A")
    if not appendix and not meta.objectives:
        line = doc.line(("objectives",)) if "objectives" in doc.data else 1
        ctx.problems.add(doc.path, line, "a section needs at least one objective",
                         "objectives:\n  - Explain why every contact counts")
    if cfile is None:
        return None
    return Section(ssrc.folder, number, meta.title, meta.summary, tuple(meta.objectives), tuple(lessons),
                   _quiz(ctx, meta, doc, ssrc.folder, cfile, known, questions), tuple(scenarios), contract,
                   meta.kind, meta.label, _name_formats(cfile.language))


def _name_formats(language: str) -> tuple[str, str]:
    names = page_text.catalogue(language)
    return str(names["section_name"]), str(names["appendix_name"])


def _quiz(ctx: Context, meta: schema.SectionFile, doc: SourceDoc, folder: str, cfile: schema.CourseFile, known: Known,
          questions: dict[str, Question]) -> Quiz | None:
    if not meta.quiz:
        return None
    qids = tuple(meta.quiz.questions)
    ok = ctx.check_refs(qids, doc, ("quiz", "questions"), known.questions, "question",
                        "define it in a bank under quizzes/")
    if ok and known.questions is not None and all(qid in questions for qid in qids) and \
            not any(questions[qid].scored for qid in qids):
        ctx.problems.add(doc.path, doc.line(("quiz", "questions")), "the quiz has no scored question",
                         "reflections are not scored: add single, multiple, true/false, ordering or matching "
                         "questions, or move the reflections into a lesson's check")
    quiz_id = f"{folder}-quiz"
    ctx.claim(quiz_id, "quiz", doc.path, doc.line(("quiz",)))
    return Quiz(quiz_id, meta.quiz.title, meta.quiz.intro, qids,
                meta.quiz.pass_mark if meta.quiz.pass_mark is not None else cfile.pass_mark)


def _lesson(ctx: Context, lsrc: LessonSource, number: int, section_id: str, known: Known,
            appendix: bool) -> Lesson | None:
    meta = validate_doc(lsrc.meta, schema.LessonMeta, ctx.problems)
    body = lsrc.body.strip()
    if not body:
        ctx.problems.add(lsrc.path, lsrc.body_line, "lesson is empty",
                         "write the lesson's content as Markdown after the front matter")
    if meta is None:
        return None
    lesson_id = meta.id or lsrc.slug
    line = lsrc.meta.line(("id",)) if meta.id else 1
    if not ID_RE.match(lesson_id):
        ctx.problems.add(lsrc.path, line, f"'{lesson_id}' is not a valid lesson id",
                         "use lowercase letters, digits and hyphens in the file name, or set 'id:'")
        return None
    ctx.claim(lesson_id, "lesson", lsrc.path, line)
    layout = "page" if appendix and "layout" not in lsrc.meta.data else meta.layout
    if layout == "lesson":
        for key in ("objectives", "takeaways"):
            if not getattr(meta, key):
                ctx.problems.add(lsrc.path, lsrc.meta.line(()), f"missing required key '{key}' in the front matter",
                                 f"{key}:\n  - …   (or set 'layout: page' for a job aid or reference page)")
    ctx.check_refs(meta.check, lsrc.meta, ("check",), known.questions, "question",
                   "define it in a bank under quizzes/")
    for i, qid in enumerate(meta.check):
        if qid in known.scored:
            ctx.problems.add(lsrc.path, lsrc.meta.line(("check", i)), f"question '{qid}' is scored (in a quiz or the "
                             "final assessment), and a knowledge check shows its answer",
                             "give the knowledge check a question of its own")
    ctx.check_refs(meta.glossary, lsrc.meta, ("glossary",), known.terms, "glossary term",
                   "define it in manual/glossary.yml")
    if not body:
        return None
    return Lesson(id=lesson_id, section_id=section_id, number=number, title=meta.title,
                  objectives=tuple(meta.objectives), takeaways=tuple(meta.takeaways), body=body,
                  check=tuple(meta.check), words=words(body), minutes_override=meta.minutes, layout=layout,
                  glossary=tuple(meta.glossary))
