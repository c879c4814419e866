"""Pages for the learner's own records: the contract form, the certificate, "My progress"."""

from __future__ import annotations

from ..model import Course, Section
from . import paths, records
from .contract import contract_data, contract_html
from .pages import CERTIFICATE, PROGRESS, TRACKS, _front, duration, html, page_data, path_line, section_path
from .styles import link
from .questions import question_data, quiz_html
from .text import inline



def _path_line(course: Course) -> str:
    if not course.editions:
        return ""
    return path_line(course, f" ([change it]({TRACKS})). Only what it requires is counted here.\n"
                     "{: .cb-screen-only }\n\n")


def contract_path(section: Section) -> str:
    return f"{section.id}/contract.md"


def contract_page(course: Course, section: Section) -> str:
    c = section.contract
    assert c is not None
    intro = f"{c.intro}\n\n" if c.intro else ""
    return (_front(c.title) + link("contract", contract_path(section)) + f"# {c.title}\n\n{intro}"
            + "Fill it in here, then print it (or save it as a PDF) for the meeting with your supervisor. "
            + "To plan it on paper instead, print a blank copy.\n{: .cb-screen-only }\n\n"
            + contract_html(course, c) + "\n\n"
            + page_data(c.id, "contract", section.id, ("contract",), contract=contract_data(course, c)) + "\n")


def certificate_page(course: Course) -> str:
    return (_front("Certificate of completion") + link("records", CERTIFICATE) + "# Certificate of completion\n\n"
            + "When you have done what the course requires, print your certificate here.\n"
            + "{: .cb-screen-only }\n\n" + _path_line(course) + records.certificate_html(course) + "\n\n"
            + page_data("certificate", "certificate", features=("records",),
                        certificate=records.certificate_data(course)) + "\n")


def progress_page(course: Course) -> str:
    return (_front("My progress") + link("records", PROGRESS) + "# My progress\n\n"
            + "What you have done in this course on this device, and what to do next.\n\n" + _path_line(course)
            + records.progress_html(course) + "\n\n"
            + page_data("progress", "progress", features=("records",), progress=records.progress_data(course)) + "\n")


def final_page(course: Course) -> str:
    """Every pool question is on the page; the runtime shows a balanced random draw of them."""
    f = course.final
    assert f is not None
    by_section = {s.id: s for s in course.sections}
    questions, study = [], {}
    for sid, ids in f.groups:
        section = by_section[sid]
        for qid in ids:
            questions.append(course.questions[qid])
            study[qid] = f'To review: <a href="{html(section_path(section))}">{inline(section.heading)}</a>'
    attempts = (f"You have {f.attempts} attempt{'s' if f.attempts != 1 else ''}. " if f.attempts
                else "You can take it as often as you need; ")
    intro = f"{f.intro}\n\n" if f.intro else ""
    return (_front(f.title) + f"# {f.title}\n\n{intro}"
            + f"Each attempt draws {f.draw} questions at random, balanced across the sections, with the "
            + f"answers in a new order. You pass with {f.pass_mark} % or more. {attempts}"
            + "each attempt draws a new set. Your answers are saved as you go, so you can stop and come "
            + f"back. It takes about {duration(f.minutes)}.\n\n"
            + '<p class="cb-noscript">This assessment needs JavaScript to draw its questions.</p>\n\n'
            + quiz_html(f, questions, study) + "\n\n"
            + page_data(f.id, "final", features=("final",), questions=question_data(questions),
                         quiz={"id": f.id, "pass": f.pass_mark, "attempts": f.attempts, **_draw(course),
                               **paths.per_track(course, _draw)}) + "\n")


def _draw(course: Course) -> dict | None:
    """How many questions the final draws, from which groups (per track: from its sections)."""
    f = course.final
    return {"draw": f.draw, "groups": [list(ids) for _, ids in f.groups]} if f else None
