"""Every generated page, rendered from its template (course_builder/templates/pages/) with the
values it needs computed here."""

from __future__ import annotations

import itertools
import re
from typing import Any

from markupsafe import Markup

from .. import page_text
from ..completion import requirements
from ..model import Course, Lesson, Question, Scenario, Section
from . import data, figures
from .site_paths import (
    CERTIFICATE,
    FACILITATOR,
    GLOSSARY,
    PROGRESS,
    REVIEW,
    TRACKS,
    WORKBOOK,
    contract_path,
    html,
    lesson_path,
    quiz_links,
    scenario_path,
    section_path,
)
from .styles import link, stylesheets
from .templating import ENV, render
from .text import stable_shuffle


def labels(s: Scenario) -> dict[str, str]:
    """Each node's name in a scenario: Decision 1, 2 … or the ending's outcome."""
    out, n = {}, 0
    for node in s.nodes:
        if node.choices:
            n += 1
            out[node.id] = page_text.text("decision", n=n)
        else:
            out[node.id] = page_text.text("ending", outcome=page_text.text(f"outcome_{node.outcome or 'good'}"))
    return out


def _sentence(html_text: str) -> Markup:
    """The text with a full stop, unless it already ends a sentence (perhaps inside quotes)."""
    text = str(html_text)
    return Markup(text if text.rstrip("\"'”’)").endswith((".", "?", "!", "…")) else text + ".")


def _demote(markdown_text: str, levels: int = 2) -> str:
    return re.sub(r"^(#{1,4}) ", lambda m: "#" * min(6, len(m.group(1)) + levels) + " ", markdown_text, flags=re.M)


def _shuffled(items: Any, seed: str) -> list:
    by_id = {i.id: i for i in items}
    return [by_id[i] for i in stable_shuffle(list(by_id), seed)]


ENV.globals.update(section_path=section_path, markup=Markup, shuffled=_shuffled,
                   sentence=_sentence, demote=_demote, tracks=TRACKS, progress=PROGRESS, glossary=GLOSSARY)


def _steps(course: Course, s: Scenario) -> list[str]:
    """The titles of the encounter-model steps that matter in `s`."""
    steps = dict(course.encounter_model)
    return [steps.get(k, k) for k in s.key_steps]


def _path_note(course: Course) -> Markup:
    return Markup(render("pages/_path_note.md", course=course)) if course.editions else Markup("")


def home_page(course: Course) -> str:
    numbered = [s for s in course.sections if s.kind == "section"]
    return render("pages/home.md", course=course, numbered=numbered,
                  lessons=sum(len(s.lessons) for s in numbered), scenarios=sum(len(s.scenarios) for s in numbered),
                  payload=data.page("home", "home"))


def section_page(course: Course, section: Section) -> str:
    order = [a for a, _ in course.audiences] + sorted({s.audience for s in section.scenarios})
    titles = dict(course.audiences)
    groups = [(titles.get(a, a), [s for s in section.scenarios if s.audience == a]) for a in dict.fromkeys(order)]
    features = ("scenario",) if section.scenarios else ()
    return render("pages/section.md", section=section, groups=[g for g in groups if g[1]],
                  style=link("scenario", section_path(section)) if section.scenarios else "",
                  payload=data.page(section.id, "section", section.id, features))


def lesson_page(course: Course, section: Section, lesson: Lesson) -> str:
    questions = [course.questions[qid] for qid in lesson.check]
    names = {t.id: t.term for t in course.glossary}
    lesson = figures.in_lesson(lesson, course.figures, "../", itertools.count(1))  # the page is in its section's folder
    return render("pages/lesson.md", section=section, lesson=lesson, questions=questions, limits=course.text_limits,
                  terms=[(t, names[t]) for t in lesson.glossary],
                  payload=data.page(lesson.id, "lesson", section.id, questions=data.questions(questions)))


def quiz_page(course: Course, section: Section) -> str:
    quiz = section.quiz
    assert quiz is not None
    questions = [course.questions[qid] for qid in quiz.question_ids]
    return render("pages/quiz.md", quiz=quiz, questions=questions, limits=course.text_limits,
                  payload=data.page(quiz.id, "quiz", section.id, ("quiz",), questions=data.sealed(course, questions),
                                    quiz={"id": quiz.id, "pass": quiz.pass_mark}))


def scenario_page(course: Course, section: Section, s: Scenario) -> str:
    s = figures.in_scenario(s, course.figures, "../", itertools.count(1))
    return render("pages/scenario.md", s=s, labels=labels(s), steps=_steps(course, s),
                  audience=dict(course.audiences).get(s.audience, s.audience), style=link("scenario", scenario_path(s)),
                  payload=data.page(s.id, "scenario", section.id, ("scenario",), scenario=data.scenario(s)))


def glossary_page(course: Course) -> str:
    return render("pages/glossary.md", course=course, names={t.id: t.term for t in course.glossary},
                  payload=data.page("glossary", "glossary"))


def tracks_page(course: Course) -> str:
    """What each role's learning path requires, with its estimated time, and a link to choose it."""
    entries = []
    for t in course.tracks:
        e = course.editions[t.id]
        requires = ", ".join(s.heading for s in e.sections if s.id in t.sections)
        extra = [les.title for s in e.sections if s.id not in t.sections for les in s.lessons if les.id in t.lessons]
        if extra:
            requires += page_text.count(len(extra), "tracks_lessons", titles=", ".join(f"“{x}”" for x in extra))
        entries.append((t, requires, sum(len(s.scenarios) for s in e.sections), e))
    return render("pages/tracks.md", course=course, entries=entries, payload=data.page("tracks", "tracks"))


def contract_page(course: Course, section: Section) -> str:
    c = section.contract
    assert c is not None
    return render("pages/contract.md", c=c, steps=[title for _, title in course.encounter_model],
                  limits=course.text_limits,
                  style=link("contract", contract_path(section)),
                  payload=data.page(c.id, "contract", section.id, ("contract",), contract=data.contract(course, c)))


def certificate_page(course: Course) -> str:
    return render("pages/certificate.md", course=course, need=requirements(course), links=quiz_links(course),
                  path_note=_path_note(course), style=link("records", CERTIFICATE),
                  payload=data.page("certificate", "certificate", features=("records",),
                                    certificate=data.certificate(course)))


def review_page(course: Course) -> str:
    """The Review page: every scored knowledge-check question, which the runtime brings back
    when it is due (see 20-check.js), with a link to its lesson."""
    items: dict[str, tuple[Question, str, str]] = {}  # a question asked in two lessons comes back once
    for s in course.sections:
        for lesson in s.lessons:
            for qid in lesson.check:
                if course.questions[qid].scored:
                    items.setdefault(qid, (course.questions[qid], lesson.title, html(lesson_path(lesson))))
    return render("pages/review.md", items=list(items.values()), limits=course.text_limits,
                  style=link("records", REVIEW),
                  payload=data.page("review", "review", features=("records",),
                                    questions=data.questions([q for q, _, _ in items.values()])))


def progress_page(course: Course) -> str:
    sections = [(s, html(section_path(s))) for s in course.sections if s.kind == "section"]
    return render("pages/progress.md", sections=sections, path_note=_path_note(course), style=link("records", PROGRESS),
                  payload=data.page("progress", "progress", features=("records",), progress=data.progress(course)))


def final_page(course: Course) -> str:
    """Every pool question is on the page; the runtime shows a balanced random draw of them."""
    f = course.final
    assert f is not None
    by_section = {s.id: s for s in course.sections}
    questions, study = [], {}
    review = ENV.from_string('{{ t("final_study") }} <a href="{{ href }}">{{ heading | inline }}</a>')
    for sid, ids in f.groups:
        section = by_section[sid]
        for qid in ids:
            questions.append(course.questions[qid])
            study[qid] = Markup(review.render(href=html(section_path(section)), heading=section.heading))
    return render("pages/final.md", f=f, questions=questions, study=study, limits=course.text_limits,
                  payload=data.page(f.id, "final", features=("quiz",), questions=data.sealed(course, questions),
                                    quiz=data.final(course)))


@page_text.in_course_language
def facilitator_markdown(course: Course) -> str:
    """The facilitator guide as Markdown (packaged on its own: it holds the quizzes' answers)."""
    return print_edition(course, answers=True)


@page_text.in_course_language
def standalone_page(course: Course, title: str, body: str) -> str:
    """A self-contained HTML page (styles inline) around rendered `body`, for printing."""
    return render("standalone.html", course=course, title=title, body=Markup(body),
                  css=Markup(stylesheets()["worksheets"][1]))


def print_edition(course: Course, answers: bool) -> str:
    """The learner workbook, or (with answers) the facilitator guide."""
    title = page_text.text("facilitator" if answers else "workbook")
    intro = page_text.text("facilitator_intro" if answers else "workbook_intro")
    course = figures.in_course(course, "")  # the page is at the top of the site
    return render("pages/print.md", course=course, answers=answers, title=title, intro=intro,
                  style=link("worksheets", FACILITATOR if answers else WORKBOOK),
                  labels=labels, steps=lambda s: _steps(course, s))
