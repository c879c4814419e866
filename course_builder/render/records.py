"""Learner records: the certificate of completion and the "My progress" dashboard."""

from __future__ import annotations

from ..completion import by_path, requirements
from ..model import Course
from .pages import CERTIFICATE, FINAL, html, lesson_path, quiz_path, section_path
from .text import attr, inline


def quiz_links(course: Course) -> dict[str, str]:
    """Each quiz's address: the section quizzes and the final assessment."""
    links = {s.quiz.id: html(quiz_path(s)) for s in course.sections if s.quiz}
    if course.final:
        links[course.final.id] = html(FINAL)
    return links


def certificate_html(course: Course) -> str:
    need, links = requirements(course), quiz_links(course)
    lessons = ('<li data-cb-lessons>Visit every lesson: <span class="cb-state"></span></li>'
               if need.lessons else "")
    todo = lessons + "".join(f'<li data-cb-quiz-status="{q.id}">Pass <a href="{links[q.id]}">{inline(q.title)}</a>: '
                   '<span class="cb-state"></span></li>' for q in need.quizzes)
    org = course.organisation.name
    return "\n".join([
        '<div class="cb-cert" data-cb-cert>',
        '<div class="cb-cert-locked"><p>Your certificate unlocks when you have done all of these:</p>'
        f'<ul class="cb-cert-todo">{todo}</ul></div>',
        '<div class="cb-cert-open" hidden>',
        '<div class="cb-field"><label for="cb-cert-name">Your name as it should appear on the certificate</label>'
        '<input id="cb-cert-name" autocomplete="name"></div>',
        '<div class="cb-actions"><button type="button" class="md-button md-button--primary cb-print">'
        "Print or save as PDF</button></div>",
        '<section class="cb-cert-sheet" aria-label="Certificate of completion">',
        f'<p class="cb-cert-org">{attr(org)}</p>',
        '<p class="cb-cert-title">Certificate of completion</p>',
        "<p>This is to record that</p>",
        '<p class="cb-cert-learner"></p>',
        "<p>has completed the self-paced course</p>",
        f'<p class="cb-cert-course">{attr(course.title)}</p>',
        f'<p>version {attr(course.version)} · completed on <span class="cb-cert-date"></span> · '
        'average quiz score <span class="cb-cert-score"></span></p>',
        '<p class="cb-cert-note">This certificate is a self-issued record, printed by the learner from the '
        "course in a web browser; it is not verified. The completion record in your organization's learning "
        "management system (LMS), where the course is assigned through SCORM, is the official record.</p>",
        "</section></div></div>",
    ])


def certificate_data(course: Course) -> dict:
    """What the certificate requires (the whole course's, and each path's to switch to)."""
    paths = by_path(course)
    whole = paths.pop("")
    return {**whole, "contract": next((s.contract.id for s in course.sections if s.contract), None),
            **({"tracks": paths} if paths else {})}


def progress_html(course: Course) -> str:
    rows = "".join(
        f'<tr data-cb-section="{s.id}"><th scope="row"><a href="{html(section_path(s))}">'
        f"{inline(s.heading)}</a></th><td data-k=\"lessons\"></td><td data-k=\"checks\"></td>"
        f'<td data-k="quiz"></td><td data-k="scenarios"></td></tr>'
        for s in course.sections if s.kind == "section")
    return "\n".join([
        '<div class="cb-progress" data-cb-progress>',
        '<p class="cb-overall" role="status"></p>',
        '<p class="cb-next"></p>',
        '<table class="cb-progress-table"><caption>Progress by section</caption>'
        '<tr><th scope="col">Section</th><th scope="col">Lessons visited</th>'
        '<th scope="col">Knowledge checks answered</th><th scope="col">Quiz (best score)</th>'
        f'<th scope="col">Scenarios completed</th></tr>{rows}</table>',
        '<h2 id="move-your-progress">Move your progress to another computer</h2>',
        "<p>Your progress is saved in this browser only. To continue on another computer, save it to a "
        "file here and load that file there.</p>",
        '<div class="cb-actions"><button type="button" class="md-button md-button--primary cb-export">'
        "Save my progress to a file</button></div>",
        '<div class="cb-field"><label for="cb-import">Load progress from a file</label>'
        '<input type="file" id="cb-import" accept=".json,application/json"></div>',
        '<h2 id="start-over">Start over</h2>',
        '<div class="cb-actions"><button type="button" class="md-button cb-clear">Reset all my progress</button></div>',
        '<div class="cb-confirm" role="group" aria-label="Confirm reset" hidden>'
        "<p>This deletes every answer, score, scenario path, reflection and your contract on this device. "
        "Save your progress to a file first if you may want it back.</p>"
        '<button type="button" class="md-button cb-yes">Yes, reset everything</button>'
        '<button type="button" class="md-button cb-no">Cancel</button></div>',
        '<p class="cb-status" role="status"></p>',
        "</div>",
    ])


def progress_data(course: Course) -> dict:
    """What My progress counts, per section, for the whole course and for each path; the
    address and title of each lesson and quiz are given once, under `links`, and the scored
    knowledge-check questions of each lesson under `checks`."""
    tracks = {tid: _progress(e) for tid, e in course.editions.items()}
    quizzes = quiz_links(course)
    links = {lesson.id: [html(lesson_path(lesson)), lesson.title] for s in course.sections for lesson in s.lessons}
    links.update({s.quiz.id: [quizzes[s.quiz.id], s.quiz.title] for s in course.sections if s.quiz})
    if course.final:
        links[course.final.id] = [quizzes[course.final.id], course.final.title]
    checks = {lesson.id: [q for q in lesson.check if course.questions[q].scored]
              for s in course.sections for lesson in s.lessons if lesson.check}
    return {**_progress(course), "links": links, "checks": checks, "certificate": html(CERTIFICATE),
            **({"tracks": tracks} if tracks else {})}


def _progress(course: Course) -> dict:
    sections = [{"id": s.id, "lessons": [lesson.id for lesson in s.lessons],
                 "quiz": s.quiz.id if s.quiz else None, "scenarios": [sc.id for sc in s.scenarios]}
                for s in course.sections if s.kind == "section"]
    return {"sections": sections, "final": course.final.id if course.final else None}
