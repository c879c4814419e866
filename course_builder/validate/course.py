"""Validate all sources together and build the Course model; every problem is collected, and a
broken file is reported once rather than through everything that refers into it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import schema
from ..branding import (
    ACCENT_MIN,
    PRIMARY_MIN,
    WHITE,
    contrast,
    font_problem,
    font_stack,
    parse_hex,
    passing_shade,
    ratio_text,
)
from ..load import Sources
from ..model import (
    Branding,
    Course,
    FinalAssessment,
    Organisation,
    Question,
    Section,
    Term,
    Track,
)
from ..placeholders import fill_sources
from ..problems import Problems, did_you_mean
from ..tracks import editions
from ..yaml_source import SourceDoc
from .context import Context
from .files import validate_doc
from .questions import UNKNOWN, build_questions
from .sections import Known, build_section


def validate_course(src: Sources, problems: Problems) -> Course | None:
    """The Course model of `src`, or None when it has problems (all added to `problems`)."""
    fill_sources(src, problems)
    ctx = Context(problems)
    cfile = validate_doc(src.course, schema.CourseFile, problems) if src.course else None
    if src.facts:
        validate_doc(src.facts, schema.FactsFile, problems)
    declared: set[str] = set()
    questions = build_questions(ctx, src.banks, declared)
    glossary, terms = _glossary(ctx, src)
    cdoc = src.course
    if cfile and cdoc:
        ctx.unique_ids(cfile.encounter_model, cdoc, ("encounter_model",), "encounter-model step")
        ctx.unique_ids(cfile.audiences, cdoc, ("audiences",), "audience")
    known = Known(
        # References into an unreadable bank would only repeat its syntax error.
        questions=set(questions) | declared if not src.unreadable_banks and UNKNOWN not in declared else None,
        terms=terms,
        # None: course.yml is unreadable, so steps and audiences cannot be checked yet.
        steps={s.id for s in cfile.encounter_model} if cfile else None,
        audiences={a.id for a in cfile.audiences} if cfile else None,
        scored=_scored(src, cfile, questions),
    )
    sections = _sections(ctx, src, cfile, known, questions)
    # A pool's size is only known when every bank and question could be read.
    complete = not src.unreadable_banks and declared <= set(questions)
    final = _final(ctx, cfile, cdoc, questions, complete) if cfile and cdoc and cfile.final_assessment else None
    tracks = _tracks(ctx, cfile, cdoc, sections, final, complete) if cfile and cdoc else ()
    branding = _branding(ctx.problems, cfile, cdoc) if cfile and cdoc else Branding()
    if problems or cfile is None or cdoc is None:
        return None
    org = cfile.organisation
    course = Course(
        id=cfile.id, version=cfile.version, title=cfile.title, description=cfile.description,
        language=cfile.language,
        organisation=Organisation(org.name, org.short_name, branding.logo,
                                  {k: v for k, v in org.contact.model_dump().items() if v}),
        policy=dict(cfile.policy), pass_mark=cfile.pass_mark, sections=tuple(sections), questions=questions,
        encounter_model=tuple((s.id, s.title) for s in cfile.encounter_model),
        audiences=tuple((a.id, a.title) for a in cfile.audiences),
        glossary=glossary, final=final, completion=cfile.completion.model_dump(), tracks=tracks,
        lint_ignore=tuple(cfile.lint.ignore), text_limits=cfile.text_limits.model_dump(), branding=branding,
        signatures=tuple((sig.name, sig.title) for sig in cfile.certificate.signatures),
    )
    return replace(course, editions=editions(course))


# What each colour is checked against, as the error names it (see branding.py for why both need 4.5:1).
_COLOUR_ROLES = {"primary": (PRIMARY_MIN, "white (header text on it, links in it on white pages)"),
                 "accent": (ACCENT_MIN, "white (hovered links in it on white pages, white text on hovered buttons)")}


def _branding(problems: Problems, cfile: schema.CourseFile, doc: SourceDoc) -> Branding:
    """course.yml's branding, checked: hex colours that keep Material's white text and page readable
    (WCAG AA), and a font list that loads nothing. The logo and favicon files are checked with the
    other assets (checks.py)."""
    spec, loc = cfile.branding, ("branding",)
    raw = doc.data.get("branding") if isinstance(doc.data, dict) else None
    colours: dict[str, str] = {}
    for key, (needed, against) in _COLOUR_ROLES.items():
        value, line = getattr(spec, key), doc.line(loc + (key,))
        if value is None:
            if isinstance(raw, dict) and key in raw:
                problems.add(doc.path, line, f"{key} is empty: in YAML an unquoted # starts a comment",
                             f'quote the colour: {key}: "#1a5276"')
            continue
        colour = parse_hex(value)
        if colour is None:
            problems.add(doc.path, line, f"{key} '{value}' is not a hex colour",
                         f'write # and 3 or 6 hex digits, in quotes: {key}: "#1a5276"')
            continue
        ratio = contrast(colour, WHITE)
        if ratio < needed:
            problems.add(doc.path, line, f"{key} {value} has {ratio_text(ratio, needed)} contrast with {against}; "
                         f"WCAG AA needs {ratio_text(needed)}",
                         f"try {passing_shade(colour, WHITE, needed)}, the nearest darker shade that passes")
        colours[key] = colour
    if spec.font is not None:
        problem = font_problem(spec.font)
        if problem:
            problems.add(doc.path, doc.line(loc + ("font",)), *problem)
    org_logo = cfile.organisation.logo
    if spec.logo and org_logo and spec.logo != org_logo:
        problems.warn(doc.path, doc.line(("organisation", "logo")), f"organisation.logo is not used: branding.logo "
                      f"({spec.logo}) sets the site's logo", "remove one of them; branding.logo wins")
    return Branding(primary=colours.get("primary"), accent=colours.get("accent", colours.get("primary")),
                    logo=spec.logo or org_logo, favicon=spec.favicon,
                    font=font_stack(spec.font) if spec.font else None)


def _scored(src: Sources, cfile: schema.CourseFile | None, questions: dict[str, Question]) -> set[str]:
    """Questions a learner is scored on: those of the section quizzes, as the files list them,
    and those of the final assessment's pool."""
    scored = set()
    for section in src.sections.values():
        quiz = section.meta.data.get("quiz") if section.meta and isinstance(section.meta.data, dict) else None
        listed = quiz.get("questions") if isinstance(quiz, dict) else None
        scored |= {q for q in listed if isinstance(q, str)} if isinstance(listed, list) else set()
    if cfile and cfile.final_assessment:
        scored |= {q.id for q in questions.values() if cfile.final_assessment.tag in q.tags}
    return scored


def _sections(ctx: Context, src: Sources, cfile: schema.CourseFile | None, known: Known,
              questions: dict[str, Question]) -> list[Section]:
    sections: list[Section] = []
    folders = set(src.sections)
    listed = cfile.sections if cfile else sorted(folders)
    cdoc = src.course
    number = 0
    for i, sid in enumerate(listed):
        line = cdoc.line(("sections", i)) if cfile and cdoc else 0
        if sid not in folders:
            ctx.problems.add(src.course_path, line, f"section '{sid}' has no folder manual/{sid}/",
                             did_you_mean(sid, folders) or f"create manual/{sid}/ with a section.yml")
            continue
        ssrc = src.sections[sid]
        if not ctx.claim(sid, "section", src.course_path if cfile else ssrc.path, line):
            continue
        is_appendix = isinstance(ssrc.meta.data if ssrc.meta else None, dict) and \
            ssrc.meta is not None and ssrc.meta.data.get("kind") == "appendix"
        number += 0 if is_appendix else 1
        section = build_section(ctx, ssrc, number, cfile, known, questions)
        if section:
            sections.append(section)
    if cfile:
        for folder in sorted(folders - set(listed)):
            ctx.problems.add(src.sections[folder].path, 0, f"folder manual/{folder}/ is not listed in course.yml",
                             f"add '- {folder}' under sections: in course.yml, or remove the folder")
    return sections


def _tracks(ctx: Context, cfile: schema.CourseFile, doc: SourceDoc, sections: list[Section],
            final: FinalAssessment | None, complete: bool) -> tuple[Track, ...]:
    ids = {"section": {s.id for s in sections if s.kind == "section"},
           "lesson": {lesson.id for s in sections for lesson in s.lessons},
           "scenario": {sc.id for s in sections for sc in s.scenarios}}
    out = []
    for i, t in enumerate(cfile.tracks):
        loc: tuple[Any, ...] = ("tracks", i)
        ctx.claim(f"track:{t.id}", "track", doc.path, doc.line(loc + ("id",)))
        for key, kind in (("sections", "section"), ("lessons", "lesson"), ("scenarios", "scenario")):
            ctx.check_refs(getattr(t, key) or [], doc, loc + (key,), ids[kind], kind,
                           f"list {kind} ids of this course")
        if t.final_draw is not None and final is None and cfile.final_assessment is None:
            ctx.problems.warn(doc.path, doc.line(loc + ("final_draw",)), "final_draw is set, but the course has "
                              "no final assessment", "remove final_draw, or add final_assessment: to course.yml")
        elif t.final_draw is not None and final and complete:
            pool = sum(len(q) for sid, q in final.groups if sid in t.sections)
            if t.final_draw > pool:
                ctx.problems.add(doc.path, doc.line(loc + ("final_draw",)), f"final_draw is {t.final_draw} but this "
                                 f"path's pool has {pool} question{'s' if pool != 1 else ''} (from its sections)",
                                 f"lower final_draw to {pool} or less, or tag more of its sections' questions "
                                 f"'{cfile.final_assessment.tag if cfile.final_assessment else 'final'}'")
        out.append(Track(t.id, t.title, t.audience, tuple(t.sections), tuple(t.lessons),
                         tuple(t.scenarios) if t.scenarios is not None else None, t.final_draw))
    return tuple(out)


def _final(ctx: Context, cfile: schema.CourseFile, doc: SourceDoc, questions: dict[str, Question],
           complete: bool) -> FinalAssessment:
    spec = cfile.final_assessment
    assert spec is not None
    sections = set(cfile.sections)
    loc: tuple[Any, ...] = ("final_assessment",)
    for tag, sid in spec.pool.items():
        if sid not in sections:
            ctx.problems.add(doc.path, doc.line(loc + ("pool", tag)), f"pool section '{sid}' is not in sections:",
                             did_you_mean(sid, sections) or "name a section listed in course.yml")
    groups: dict[str, list[str]] = {tag: [] for tag in spec.pool}
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
    if complete and spec.draw > size:
        ctx.problems.add(doc.path, doc.line(loc + ("draw",)), f"draw is {spec.draw} but the pool has {size} "
                         f"questions tagged '{spec.tag}'", f"lower draw to {size} or add pool questions")
    ctx.claim("final-assessment", "final assessment", doc.path, doc.line(loc))
    return FinalAssessment("final-assessment", spec.title, spec.intro, spec.draw,
                           spec.pass_mark if spec.pass_mark is not None else cfile.pass_mark, spec.attempts,
                           tuple((spec.pool[t], tuple(ids)) for t, ids in groups.items()))


def _glossary(ctx: Context, src: Sources) -> tuple[tuple[Term, ...], set[str] | None]:
    """The glossary's terms, and the ids lessons may link to (None: the file is unreadable).

    Ids come from the file as written, so one bad term is reported once, not again at every
    lesson that links to another term."""
    if "glossary" in src.unreadable:
        return (), None
    doc = src.glossary
    if not doc:
        return (), set()
    raw = doc.data.get("terms") if isinstance(doc.data, dict) else None
    declared = {t["id"] for t in raw if isinstance(t, dict) and isinstance(t.get("id"), str)} \
        if isinstance(raw, list) else None
    spec = validate_doc(doc, schema.GlossaryFile, ctx.problems)
    if spec is None:
        return (), declared
    terms = [Term(t.id, t.term, t.definition, tuple(t.see)) for i, t in enumerate(spec.terms)
             if ctx.claim(f"term:{t.id}", "glossary term", doc.path, doc.line(("terms", i, "id")))]
    ids = {t.id for t in terms}
    for i, t in enumerate(spec.terms):
        ctx.check_refs(t.see, doc, ("terms", i, "see"), ids, "glossary term", "define it in manual/glossary.yml")
    return tuple(sorted(terms, key=lambda t: t.term.lower())), ids
