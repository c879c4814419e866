"""Markdown for the generated pages: home, section landing, lesson, quiz, scenario, glossary."""

from __future__ import annotations

from ..model import Course, Lesson, Scenario, Section
from . import paths
from . import scenarios as sc
from .questions import check_html, page_data_html, question_data, quiz_html
from .styles import link
from .text import yaml_string

STORAGE_NOTE = ('<p class="cb-storage" role="status" hidden>This browser is not letting the course save '
                "your progress, so your answers will be lost when you leave this page. Everything else works.</p>")
GLOSSARY = "glossary.md"
TRACKS = "tracks.md"
FINAL = "final-assessment.md"
PROGRESS = "progress.md"
CERTIFICATE = "certificate.md"


def duration(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    if not hours:
        return f"{mins} min"
    return f"{hours} h {mins} min" if mins else f"{hours} h"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _front(title: str) -> str:
    return f"---\ntitle: {yaml_string(title)}\n---\n\n"


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def _admonition(kind: str, title: str, body: str) -> str:
    indented = "\n".join(("    " + line) if line else "" for line in body.split("\n"))
    return f'!!! {kind} "{title}"\n\n{indented}\n'


def page_data(page_id: str, kind: str, section: str | None = None, features: tuple[str, ...] = (), **data) -> str:
    """The page's own data for the runtime: which page it is, the feature files it needs, and
    what its widgets need (course-wide data is in the site's course-data file)."""
    page = {"id": page_id, "kind": kind, **({"section": section} if section else {})}
    payload = {"page": page, **({"features": list(features)} if features else {}), **data}
    return page_data_html(payload) + "\n" + STORAGE_NOTE


def html(path: str) -> str:
    """The built page's address for a generated page's path (relative to the site root)."""
    return path[:-3] + ".html"


def path_line(course: Course, end: str) -> str:
    """Names the learner's chosen path (the runtime shows it) in a sentence ending with `end`."""
    return f"**Your learning path:** {paths.chosen_html(course, 'the whole course')}{end}"


def section_path(section: Section) -> str:
    return f"{section.id}/index.md"


def lesson_path(lesson: Lesson) -> str:
    return f"{lesson.section_id}/{lesson.id}.md"


def quiz_path(section: Section) -> str:
    return f"{section.id}/quiz.md"


def scenario_path(scenario: Scenario) -> str:
    return f"{scenario.section_id}/{scenario.id}.md"


def page_table(course: Course) -> dict[str, list[str]]:
    """Which page each address of the site is, as [id, kind], for the pages the navigation marks
    (done or optional): sections, lessons, scenarios, quizzes and the final assessment."""
    table = {}
    for s in course.sections:
        table[html(section_path(s))] = [s.id, "section"]
        table.update({html(lesson_path(lesson)): [lesson.id, "lesson"] for lesson in s.lessons})
        table.update({html(scenario_path(x)): [x.id, "scenario"] for x in s.scenarios})
        if s.quiz:
            table[html(quiz_path(s))] = [s.quiz.id, "quiz"]
    if course.final:
        table[html(FINAL)] = [course.final.id, "final"]
    return table


def home_page(course: Course) -> str:
    rows = "\n".join(
        f"| [{s.heading}]({section_path(s)}) | {s.summary} | {duration(s.minutes)} |" for s in course.sections
    )
    numbered = [s for s in course.sections if s.kind == "section"]
    lessons = sum(len(s.lessons) for s in numbered)
    scenarios = sum(len(s.scenarios) for s in numbered)
    extra = f", {_plural(scenarios, 'scenario')}" if scenarios else ""
    edition = (f"!!! info \"Your learning path: {course.track.title}\"\n\n    {course.track.audience} This edition "
               "holds the parts of the course this role requires.\n\n" if course.track else "")
    chosen = (path_line(course, f". [Learning paths]({TRACKS}) shows what each role requires, and lets you "
                                "choose yours.\n\n") if course.editions else "")
    return (
        _front(course.title)
        + f"# {course.title}\n\n{edition}{course.description}\n\n{chosen}"
        + f"**Estimated time:** about {duration(course.minutes)} ({_plural(len(numbered), 'section')}, "
        + f"{_plural(lessons, 'lesson')}{extra}). You can stop at any point and pick up where you left off.\n\n"
        + "## Sections\n\n| Section | What it covers | Time |\n|---|---|---|\n" + rows + "\n\n"
        + "## How this course works\n\n"
        + "- Each lesson lists what you will be able to do, then teaches it with examples from the job.\n"
        + "- A short knowledge check ends each lesson. It is practice: it is not scored.\n"
        + f"- Each section ends with a scored quiz. You pass with {course.pass_mark} % or more, "
        + "and you can retake it.\n"
        + f"- Your answers are saved in this browser on this device. [My progress]({PROGRESS}) shows what "
        + "you have done and lets you move it to another computer.\n"
        + "\n" + page_data("home", "home") + "\n"
    )


def section_page(course: Course, section: Section) -> str:
    lessons = "\n".join(
        f"{l.number}. [{l.title}]({l.id}.md)" + (f" — {duration(l.minutes)}" if l.layout == "lesson" else "")
        for l in section.lessons
    )
    text = (_front(section.heading) + (link("scenario", section_path(section)) if section.scenarios else "")
            + f"# {section.heading}\n\n{section.summary}\n\n")
    if section.objectives:
        text += _admonition("abstract", "By the end of this section you will be able to",
                            _bullets(section.objectives)) + "\n"
    if section.kind == "section":
        text += f"**Estimated time:** about {duration(section.minutes)}.\n\n"
    if lessons:
        text += f"## {'Lessons' if section.kind == 'section' else 'Contents'}\n\n{lessons}\n"
    if section.scenarios:
        text += ("\n## Scenarios\n\nPractise the encounter model in realistic situations. Each scenario "
                 "takes a few minutes; your progress is shown next to each one.\n\n"
                 + sc.scenario_list(course, section) + "\n"
                 + page_data(section.id, "section", section.id, ("scenario",)) + "\n")
    if section.contract:
        text += (f"\n## Your contract\n\n[{section.contract.title}](contract.md): fill it in, print it and "
                 "agree on it with your supervisor.\n")
    if section.quiz:
        quiz = section.quiz
        text += (
            f"\n## Section quiz\n\n[{quiz.title}](quiz.md) — {_plural(len(quiz.question_ids), 'question')}, "
            f"about {duration(quiz.minutes)}. You pass with {quiz.pass_mark} % or more.\n"
        )
    if not section.scenarios:
        text += "\n" + page_data(section.id, "section", section.id) + "\n"
    return text


def _glossary_links(lesson: Lesson, course: Course) -> str:
    terms = {t.id: t.term for t in course.glossary}
    links = ", ".join(f"[{terms[t]}](../{GLOSSARY}#{t})" for t in lesson.glossary)
    return f"\n**Terms in this lesson:** {links}\n" if links else ""


def lesson_page(course: Course, section: Section, lesson: Lesson) -> str:
    questions = [course.questions[qid] for qid in lesson.check]
    text = _front(lesson.title) + f"# {lesson.title}\n\n"
    if lesson.layout == "lesson":
        text += (f"*{section.name}, lesson {lesson.number} of {len(section.lessons)} · "
                 f"about {duration(lesson.minutes)}*\n{{: .cb-meta }}\n\n"
                 + _admonition("abstract", "In this lesson you will", _bullets(lesson.objectives)) + "\n")
    text += lesson.body + "\n"
    if lesson.takeaways:
        text += "\n## Key takeaways\n\n" + _bullets(lesson.takeaways) + "\n"
    text += _glossary_links(lesson, course)
    if questions:
        text += (
            "\n## Knowledge check\n\nPractice what you just read. These questions are not scored: "
            "answer, then select **Check answer** to see why it is right or wrong.\n\n"
            + check_html(questions) + "\n"
        )
    return text + "\n" + page_data(lesson.id, "lesson", section.id, questions=question_data(questions)) + "\n"


def quiz_page(course: Course, section: Section) -> str:
    quiz = section.quiz
    assert quiz is not None
    questions = [course.questions[qid] for qid in quiz.question_ids]
    scored = sum(q.scored for q in questions)
    intro = f"{quiz.intro}\n\n" if quiz.intro else ""
    return (
        _front(quiz.title)
        + f"# {quiz.title}\n\n{intro}"
        + f"This quiz has {_plural(scored, 'scored question')}. You pass with {quiz.pass_mark} % or more. "
        + "Your answers are saved as you go. When you are ready, select **Submit answers** to see "
        + "your score and a review of each answer. You can retake the quiz as often as you like.\n\n"
        + quiz_html(quiz, questions) + "\n\n"
        + page_data(quiz.id, "quiz", section.id, questions=question_data(questions),
                    quiz={"id": quiz.id, "pass": quiz.pass_mark}) + "\n"
    )


def scenario_page(course: Course, section: Section, s: Scenario) -> str:
    customer = f"\n**The customer:** {s.customer}\n" if s.customer else ""
    opening = "\n".join("> " + line if line else ">" for line in s.opening.split("\n"))
    discussion = "\n".join(f"{i}. {q}" for i, q in enumerate(s.discussion, 1))
    return (
        _front(s.title) + link("scenario", scenario_path(s)) + f"# {s.title}\n\n"
        + f"*Scenario {s.number} · {sc.audience_label(course, s.audience)} · about {duration(s.minutes)}*\n"
        + "{: .cb-meta }\n\n"
        + f"## The situation\n\n{s.setting}\n{customer}\n{opening}\n\n"
        + "## What would you do?\n\n" + sc.player_html(s) + "\n\n"
        + "## Debrief\n\n" + sc.debrief_html(course, s) + "\n\n"
        + (f"## Discussion questions\n\nFor a team meeting or a talk with your supervisor:\n\n{discussion}\n\n"
           if discussion else "")
        + page_data(s.id, "scenario", section.id, ("scenario",), scenario={"id": s.id, **sc.scenario_data(s)}) + "\n"
    )


def glossary_page(course: Course) -> str:
    names = {t.id: t.term for t in course.glossary}
    out = [_front("Glossary"), "# Glossary\n", "Terms used in this course, in alphabetical order.\n"]
    for t in course.glossary:
        see = ", ".join(f"[{names[i]}](#{i})" for i in t.see)
        out.append(f"## {t.term} {{#{t.id}}}\n\n{t.definition}\n" + (f"\nSee also: {see}\n" if see else ""))
    out.append(page_data("glossary", "glossary"))
    return "\n".join(out) + "\n"


def tracks_page(course: Course) -> str:
    """What each role's learning path requires, with its estimated time, and a link to choose it."""
    out = [_front("Learning paths"), "# Learning paths\n",
           "Each role has its own learning path: the sections, lessons and scenarios it requires. "
           "Your training coordinator tells you which one is yours.\n",
           path_line(course, ". ") + "Once you choose a path, the menu and section pages mark what it leaves "
           "optional, and My progress, the final assessment and your certificate follow it. Your training "
           "coordinator may also send you a link that chooses it for you.\n"]
    for t in course.tracks:
        e = course.editions[t.id]
        sections = ", ".join(s.heading for s in e.sections if s.id in t.sections)
        extra = [l.title for s in e.sections if s.id not in t.sections for l in s.lessons if l.id in t.lessons]
        if extra:
            sections += "; and the lesson" + ("s " if len(extra) > 1 else " ") + ", ".join(f"“{x}”" for x in extra)
        scenarios = sum(len(s.scenarios) for s in e.sections)
        final = f" The final assessment has {e.final.draw} questions." if e.final else ""
        out.append(f"## {t.title}\n\n{t.audience}\n\n- **Requires:** {sections}.\n"
                   f"- **Scenarios:** {scenarios}.{final}\n- **Estimated time:** about {duration(e.minutes)}.\n\n"
                   + paths.choose_html(t.id, t.title) + "\n")
    out.append("## The whole course\n\nEvery section, lesson and scenario, for anyone who wants it all. "
               f"It takes about {duration(course.minutes)}.\n\n" + paths.choose_html("", "the whole course") + "\n")
    out.append(page_data("tracks", "tracks"))
    return "\n".join(out) + "\n"
