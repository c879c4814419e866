"""Validate all sources together and build the Course model; every problem is collected."""

from __future__ import annotations

from pathlib import Path

from . import schema
from .file_validation import validate_doc
from .load import LessonSource, SectionSource, Sources, load_sources
from .model import Course, FinalAssessment, Lesson, Organisation, Quiz, Section, Term, Track
from .placeholders import placeholder_values
from .problems import CourseError, Problems, did_you_mean
from .validate_context import ID_RE, Context, words
from .validate_contract import build_contract
from .validate_questions import build_questions
from .validate_scenarios import build_scenario


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
    facts = validate_doc(src.facts, schema.FactsFile, problems) if src.facts else None
    values = placeholder_values(cfile, facts.facts if facts else {}) if cfile else {}
    ctx = Context(problems, values)
    declared: set[str] = set()
    questions = build_questions(ctx, src.banks, declared)
    # References into an unreadable bank would only repeat its syntax error.
    known = set(questions) | declared if not src.unreadable_banks else None
    glossary = _glossary(ctx, src)
    # None: course.yml is unreadable, so steps and audiences cannot be checked yet.
    steps = {s.id for s in cfile.encounter_model} if cfile else None
    audiences = {a.id for a in cfile.audiences} if cfile else None

    sections, folders = [], set(src.sections)
    listed = cfile.sections if cfile else sorted(folders)
    number = 0
    terms = {t.id for t in glossary}
    for i, sid in enumerate(listed):
        line = src.course.line(("sections", i)) if cfile else 0
        if sid not in folders:
            problems.add(src.course.path, line, f"section '{sid}' has no folder manual/{sid}/",
                         did_you_mean(sid, folders) or f"create manual/{sid}/ with a section.yml")
            continue
        ssrc = src.sections[sid]
        if not ctx.claim(sid, "section", src.course.path if cfile else ssrc.path, line):
            continue
        is_appendix = isinstance(ssrc.meta.data if ssrc.meta else None, dict) and \
            ssrc.meta.data.get("kind") == "appendix"
        number += 0 if is_appendix else 1
        section = _section(ctx, ssrc, number, cfile, known, terms, steps, audiences,
                           questions)
        if section:
            sections.append(section)
    if cfile:
        for folder in sorted(folders - set(listed)):
            problems.add(src.sections[folder].path, 0, f"folder manual/{folder}/ is not listed in course.yml",
                         f"add '- {folder}' under sections: in course.yml, or remove the folder")
    final = _final(ctx, cfile, src.course, questions, set(listed)) if cfile and cfile.final_assessment else None
    tracks = _tracks(ctx, cfile, src.course, sections) if cfile else ()
    if problems or cfile is None:
        return None
    org = cfile.organisation
    return Course(
        id=cfile.id, version=cfile.version, title=cfile.title,
        description=ctx.filled(cfile.description, src.course, ("description",)),
        language=cfile.language,
        organisation=Organisation(org.name, org.short_name, org.logo,
                                  {k: v for k, v in org.contact.model_dump().items() if v}),
        policy=dict(cfile.policy), pass_mark=cfile.pass_mark,
        sections=tuple(sections), questions=questions,
        encounter_model=tuple((s.id, s.title) for s in cfile.encounter_model),
        audiences=tuple((a.id, a.title) for a in cfile.audiences),
        glossary=glossary, final=final, completion=cfile.completion.model_dump(), tracks=tracks,
    )


def _tracks(ctx: Context, cfile, doc, sections: list[Section]) -> tuple[Track, ...]:
    ids = {"section": {s.id for s in sections if s.kind == "section"},
           "lesson": {l.id for s in sections for l in s.lessons},
           "scenario": {sc.id for s in sections for sc in s.scenarios}}
    out = []
    for i, t in enumerate(cfile.tracks):
        loc = ("tracks", i)
        ctx.claim(f"track:{t.id}", "track", doc.path, doc.line(loc + ("id",)))
        for key, kind in (("sections", "section"), ("lessons", "lesson"), ("scenarios", "scenario")):
            ctx.check_refs(getattr(t, key) or [], doc, loc + (key,), ids[kind], kind,
                           f"list {kind} ids of this course")
        out.append(Track(t.id, ctx.filled(t.title, doc, loc + ("title",)),
                         ctx.filled(t.audience, doc, loc + ("audience",)), tuple(t.sections), tuple(t.lessons),
                         tuple(t.scenarios) if t.scenarios is not None else None, t.final_draw))
    return tuple(out)


def _final(ctx: Context, cfile, doc, questions, sections: set[str]) -> FinalAssessment | None:
    spec = cfile.final_assessment
    loc = ("final_assessment",)
    for tag, sid in spec.pool.items():
        if sid not in sections:
            ctx.problems.add(doc.path, doc.line(loc + ("pool", tag)), f"pool section '{sid}' is not in sections:",
                             did_you_mean(sid, sections) or "name a section listed in course.yml")
    groups = {tag: [] for tag in spec.pool}
    for q in questions.values():
        if spec.tag not in q.tags:
            continue
        tags = [t for t in q.tags if t in spec.pool]
        if len(tags) != 1 or not q.scored:
            ctx.problems.add(doc.path, doc.line(loc + ("pool",)), f"final-pool question '{q.id}' needs exactly one "
                             f"section tag from pool: ({', '.join(spec.pool)})", f"e.g. tags: [{spec.tag}, "
                             f"{next(iter(spec.pool))}] (reflections cannot be scored)")
            continue
        groups[tags[0]].append(q.id)
    size = sum(len(g) for g in groups.values())
    if spec.draw > size:
        ctx.problems.add(doc.path, doc.line(loc + ("draw",)), f"draw is {spec.draw} but the pool has {size} "
                         f"questions tagged '{spec.tag}'", f"lower draw to {size} or add pool questions")
    ctx.claim("final-assessment", "final assessment", doc.path, doc.line(loc))
    return FinalAssessment("final-assessment", ctx.filled(spec.title, doc, loc + ("title",)),
                           ctx.filled(spec.intro, doc, loc + ("intro",)), spec.draw,
                           spec.pass_mark if spec.pass_mark is not None else cfile.pass_mark, spec.attempts,
                           tuple((spec.pool[t], tuple(ids)) for t, ids in groups.items()))


def _glossary(ctx: Context, src: Sources) -> tuple[Term, ...]:
    if not src.glossary:
        return ()
    doc = src.glossary
    spec = validate_doc(doc, schema.GlossaryFile, ctx.problems)
    if spec is None:
        return ()
    terms = []
    for i, t in enumerate(spec.terms):
        loc = ("terms", i)
        if ctx.claim(f"term:{t.id}", "glossary term", doc.path, doc.line(loc + ("id",))):
            terms.append(Term(t.id, ctx.filled(t.term, doc, loc + ("term",)),
                              ctx.filled(t.definition, doc, loc + ("definition",)), tuple(t.see)))
    ids = {t.id for t in terms}
    for i, t in enumerate(spec.terms):
        ctx.check_refs(t.see, doc, ("terms", i, "see"), ids, "glossary term", "define it in manual/glossary.yml")
    return tuple(sorted(terms, key=lambda t: t.term.lower()))


def _section(ctx: Context, ssrc: SectionSource, number: int, cfile, known, terms: set[str],
             steps: set[str], audiences: set[str], questions) -> Section | None:
    meta = validate_doc(ssrc.meta, schema.SectionFile, ctx.problems) if ssrc.meta else None
    appendix = bool(meta and meta.kind == "appendix")
    lessons = []
    for lnum, lsrc in enumerate(ssrc.lessons, start=1):
        lesson = _lesson(ctx, lsrc, lnum, ssrc.folder, known, terms, appendix)
        if lesson:
            lessons.append(lesson)
    scenarios = [s for s in (build_scenario(ctx, sc, ssrc.folder, n, steps, audiences)
                             for n, sc in enumerate(ssrc.scenarios, start=1)) if s]
    contract = build_contract(ctx, ssrc.contract, ssrc.folder, questions, known) if ssrc.contract else None
    if contract:
        ctx.claim(contract.id, "contract", ssrc.contract.path, 1)
    if not ssrc.lesson_files and not ssrc.scenarios:
        ctx.problems.add(ssrc.path, 0, "section has no lessons", "add a lesson file such as 01-introduction.md")
    if meta is None:
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
    quiz = None
    if meta.quiz:
        qids = tuple(meta.quiz.questions)
        ctx.check_refs(qids, doc, ("quiz", "questions"), known, "question", "define it in a bank under quizzes/")
        quiz_id = f"{ssrc.folder}-quiz"
        ctx.claim(quiz_id, "quiz", doc.path, doc.line(("quiz",)))
        quiz = Quiz(quiz_id, ctx.filled(meta.quiz.title, doc, ("quiz", "title")),
                    ctx.filled(meta.quiz.intro, doc, ("quiz", "intro")), qids,
                    meta.quiz.pass_mark if meta.quiz.pass_mark is not None else cfile.pass_mark)
    return Section(ssrc.folder, number, ctx.filled(meta.title, doc, ("title",)),
                   ctx.filled(meta.summary, doc, ("summary",)),
                   ctx.filled_list(meta.objectives, doc, ("objectives",)),
                   tuple(lessons), quiz, tuple(scenarios), contract, meta.kind, meta.label)


def _lesson(ctx: Context, lsrc: LessonSource, number: int, section_id: str, known, terms: set[str],
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
    ctx.check_refs(meta.check, lsrc.meta, ("check",), known, "question", "define it in a bank under quizzes/")
    ctx.check_refs(meta.glossary, lsrc.meta, ("glossary",), terms, "glossary term",
                   "define it in manual/glossary.yml")
    if not body:
        return None
    m = lsrc.meta
    return Lesson(
        id=lesson_id, section_id=section_id, number=number,
        title=ctx.filled(meta.title, m, ("title",)),
        objectives=ctx.filled_list(meta.objectives, m, ("objectives",)),
        takeaways=ctx.filled_list(meta.takeaways, m, ("takeaways",)),
        body=ctx.filled(body, m, (), base_line=lsrc.body_line + _leading_blank_lines(lsrc.body)),
        check=tuple(meta.check), words=words(body), minutes_override=meta.minutes,
        layout=layout, glossary=tuple(meta.glossary),
    )


def _leading_blank_lines(text: str) -> int:
    return len(text) - len(text.lstrip("\n")) if text.strip() else 0
