"""Markdown for the generated pages: home, section landing, lesson and quiz."""

from __future__ import annotations

from ..model import Course, Lesson, Section
from .questions import check_html, page_data_html, quiz_html
from .text import yaml_string

STORAGE_NOTE = '<p class="cb-storage" role="status" hidden></p>'


def duration(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    if not hours:
        return f"{mins} min"
    return f"{hours} h {mins} min" if mins else f"{hours} h"


def _front(title: str) -> str:
    return f"---\ntitle: {yaml_string(title)}\n---\n\n"


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def _admonition(kind: str, title: str, body: str) -> str:
    indented = "\n".join(("    " + line) if line else "" for line in body.split("\n"))
    return f'!!! {kind} "{title}"\n\n{indented}\n'


def _page_data(course: Course, page: str, questions: list, quiz=None) -> str:
    data = {
        "prefix": course.storage_prefix,
        "page": page,
        "questions": {q.id: {"type": q.type, "correct": list(q.correct_ids)} for q in questions},
    }
    if quiz:
        data["quiz"] = {"id": quiz.id, "pass": quiz.pass_mark}
    return page_data_html(data) + "\n" + STORAGE_NOTE


def section_path(section: Section) -> str:
    return f"{section.id}/index.md"


def lesson_path(lesson: Lesson) -> str:
    return f"{lesson.section_id}/{lesson.id}.md"


def quiz_path(section: Section) -> str:
    return f"{section.id}/quiz.md"


def home_page(course: Course) -> str:
    rows = "\n".join(
        f"| [{s.number}. {s.title}]({section_path(s)}) | {s.summary} | {duration(s.minutes)} |"
        for s in course.sections
    )
    lessons = sum(len(s.lessons) for s in course.sections)
    return (
        _front(course.title)
        + f"# {course.title}\n\n{course.description}\n\n"
        + f"**Estimated time:** about {duration(course.minutes)} in {len(course.sections)} "
        + f"section{'s' if len(course.sections) != 1 else ''} and {lessons} "
        + f"lesson{'s' if lessons != 1 else ''}. "
        + "You can stop at any point and pick up where you left off.\n\n"
        + "## Sections\n\n| Section | What it covers | Time |\n|---|---|---|\n" + rows + "\n\n"
        + "## How this course works\n\n"
        + "- Each lesson lists what you will be able to do, then teaches it with examples from the job.\n"
        + "- A short knowledge check ends each lesson. It is practice: it is not scored.\n"
        + f"- Each section ends with a scored quiz. You pass with {course.pass_mark} % or more, "
        + "and you can retake it.\n"
        + "- Your answers are saved in this browser on this device.\n"
    )


def section_page(course: Course, section: Section) -> str:
    lessons = "\n".join(
        f"{l.number}. [{l.title}]({l.id}.md) — {duration(l.minutes)}" for l in section.lessons
    )
    text = (
        _front(f"Section {section.number}: {section.title}")
        + f"# Section {section.number}: {section.title}\n\n{section.summary}\n\n"
        + _admonition("abstract", "By the end of this section you will be able to",
                      _bullets(section.objectives))
        + f"\n**Estimated time:** about {duration(section.minutes)}.\n\n"
        + f"## Lessons\n\n{lessons}\n"
    )
    if section.quiz:
        quiz = section.quiz
        text += (
            f"\n## Section quiz\n\n[{quiz.title}](quiz.md) — {len(quiz.question_ids)} questions, "
            f"about {duration(quiz.minutes)}. You pass with {quiz.pass_mark} % or more.\n"
        )
    return text


def lesson_page(course: Course, section: Section, lesson: Lesson) -> str:
    questions = [course.questions[qid] for qid in lesson.check]
    text = (
        _front(lesson.title)
        + f"# {lesson.title}\n\n"
        + f"*Section {section.number}, lesson {lesson.number} of {len(section.lessons)} · "
        + f"about {duration(lesson.minutes)}*\n{{: .cb-meta }}\n\n"
        + _admonition("abstract", "In this lesson you will", _bullets(lesson.objectives))
        + "\n" + lesson.body + "\n\n"
        + "## Key takeaways\n\n" + _bullets(lesson.takeaways) + "\n"
    )
    if questions:
        text += (
            "\n## Knowledge check\n\nPractice what you just read. These questions are not scored: "
            "choose an answer, then select **Check answer** to see why it is right or wrong.\n\n"
            + check_html(questions) + "\n\n" + _page_data(course, lesson.id, questions) + "\n"
        )
    return text


def quiz_page(course: Course, section: Section) -> str:
    quiz = section.quiz
    assert quiz is not None
    questions = [course.questions[qid] for qid in quiz.question_ids]
    intro = f"{quiz.intro}\n\n" if quiz.intro else ""
    return (
        _front(quiz.title)
        + f"# {quiz.title}\n\n{intro}"
        + f"This quiz has {len(questions)} questions. You pass with {quiz.pass_mark} % or more. "
        + "Your answers are saved as you go. When you are ready, select **Submit answers** to see "
        + "your score and a review of each answer. You can retake the quiz as often as you like.\n\n"
        + quiz_html(quiz, questions) + "\n\n" + _page_data(course, quiz.id, questions, quiz) + "\n"
    )
