"""Both SCORM packages of the records fixture in a real SCORM runtime (scorm-again): first
launch, completion, relaunch with everything restored, status and score; the learner's path
decides what completion requires; a learner who has answered everything fits SCORM 1.2."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest

from course_builder.validate import check_course

from ..conftest import FIXTURES, ROOT
from .conftest import answer_key, open_page, pass_quiz

pytestmark = pytest.mark.browser
SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm-again.js"
HARNESS = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS harness</title>
<script src="scorm-again.js"></script>
<script>
  window.{api} = new {cls}({{autocommit: false, logLevel: 5}});
  if (window.__restore) window.{api}.loadFromJSON(window.__restore);
  window.__commits = 0;
  window.{api}.on("{commit}", () => window.__commits++);
</script></head>
<body><iframe id="sco" title="course" src="{pkg}/scorm-launch.html" style="width:1200px;height:900px">
</iframe></body></html>
"""
VERSIONS = {"1.2": ("API", "Scorm12API", "LMSCommit"), "2004": ("API_1484_11", "Scorm2004API", "Commit")}


@pytest.fixture(scope="module")
def lms(fixture_packages, www, origin):
    """Both packages unzipped beside a harness page that provides the LMS API.

    (cmi exit is write-only in the API, so the tests read the runtime's own _exit field.)
    """
    root = www / "lms"
    root.mkdir(exist_ok=True)
    shutil.copyfile(SCORM_AGAIN, root / "scorm-again.js")
    for version, (glob, cls, commit) in VERSIONS.items():
        pkg = "pkg" + version.replace(".", "")
        with zipfile.ZipFile(fixture_packages[version]) as zf:
            zf.extractall(root / pkg)
            names = set(zf.namelist())
        manifest = (root / pkg / "imsmanifest.xml").read_text()
        listed = set(re.findall(r'<file href="([^"]+)"', manifest))
        assert listed == names - {"imsmanifest.xml"}, "the manifest must list every file"
        html = HARNESS.format(api=glob, cls=cls, pkg=pkg, commit=commit)
        (root / f"harness{pkg}.html").write_text(html, encoding="utf-8")
    return f"{origin}/lms/"


def _course_frame(page, pkg: str):
    page.wait_for_function("document.getElementById('sco').contentDocument?.getElementById('cb-course')"
                           "?.contentWindow?.CourseBuilder?.ready")
    frame = next(f for f in page.frames if f"/{pkg}/" in f.url and "scorm-launch" not in f.url)
    frame.evaluate("() => CourseBuilder.ready")
    return frame


def _status(page, version: str) -> dict:
    if version == "1.2":
        return page.evaluate("""() => ({status: API.cmi.core.lesson_status, score: API.cmi.core.score.raw,
            exit: API.cmi.core._exit, location: API.cmi.core.lesson_location, data: API.cmi.suspend_data})""")
    return page.evaluate("""() => ({status: API_1484_11.cmi.completion_status, success: API_1484_11.cmi.success_status,
        score: API_1484_11.cmi.score.raw, scaled: API_1484_11.cmi.score.scaled, exit: API_1484_11.cmi.session._exit,
        location: API_1484_11.cmi.location, data: API_1484_11.cmi.suspend_data})""")


def _commits(page) -> int:
    return page.evaluate("window.__commits")


def _wait_commit(page, since: int) -> None:
    """Wait until the launch page has committed to the LMS since the count `since`."""
    page.wait_for_function("n => window.__commits > n", arg=since)


def _exit(page, version: str) -> None:
    """The learner closes the course: the SCO's window goes away and it terminates."""
    page.evaluate("document.getElementById('sco').remove()")
    page.wait_for_function(f"{VERSIONS[version][0]}.isTerminated()")


def _progress(course_frame, base: str) -> dict:
    open_page(course_frame, base + "progress.html")
    return json.loads(course_frame.locator("#cb-page-data").text_content())["progress"]


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_complete_relaunch_restore(browser, lms, version):
    pkg = "pkg" + version.replace(".", "")
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{lms}harness{pkg}.html")
    course = _course_frame(page, pkg)
    assert course.evaluate("CourseBuilder.storage.ok") and course.locator(".cb-storage").is_hidden()
    base = course.url.rsplit("/", 1)[0] + "/"
    # Visit every lesson, pass every quiz, name the certificate, and leave a contract entry last.
    progress = _progress(course, base)
    for section in progress["sections"]:
        for lesson in section["lessons"]:
            open_page(course, base + progress["links"][lesson][0])
    for quiz in [s["quiz"] for s in progress["sections"] if s["quiz"]] + [progress["final"]]:
        pass_quiz(course, base + progress["links"][quiz][0], answer_key("records"))
    open_page(course, base + "certificate.html")
    course.locator("#cb-cert-name").fill("Pat Lee-Smith")
    open_page(course, base + "r2-apply/contract.html")
    since = _commits(page)
    course.locator('[data-cb-field="name"]').fill("Pat Lee")
    _wait_commit(page, since)
    _exit(page, version)
    first = _status(page, version)
    if version == "1.2":
        assert first["status"] == "passed" and first["score"] == "100"
    else:
        assert (first["status"], first["success"], first["score"]) == ("completed", "passed", "100")
        assert float(first["scaled"]) == 1.0
    assert first["exit"] == "suspend" and first["location"] == "r2-apply/contract.html"
    assert first["data"].startswith("z") and len(first["data"]) <= 4096
    ctx.close()

    # Relaunch with what the LMS kept: the learner resumes where they left off, nothing lost.
    ctx = browser.new_context()  # a fresh browser profile: no localStorage to fall back on
    kept = ({"core": {"lesson_status": first["status"], "lesson_location": first["location"], "entry": "resume"},
             "suspend_data": first["data"]} if version == "1.2" else
            {"completion_status": first["status"], "success_status": first["success"],
             "location": first["location"], "entry": "resume", "suspend_data": first["data"]})
    ctx.add_init_script(f"window.__restore = {json.dumps(kept)};")
    page = ctx.new_page()
    page.goto(f"{lms}harness{pkg}.html")
    course = _course_frame(page, pkg)
    assert course.url.endswith("r2-apply/contract.html")
    assert course.locator('[data-cb-field="name"]').input_value() == "Pat Lee"
    open_page(course, base + "r1-start/quiz.html")
    assert course.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    open_page(course, base + "certificate.html")
    assert course.locator(".cb-cert-open").is_visible()
    assert course.locator("#cb-cert-name").input_value() == "Pat Lee-Smith"
    _exit(page, version)
    again = _status(page, version)
    assert again["status"] == first["status"] and again["data"]
    ctx.close()


def _everything() -> dict:
    """Saved state of a learner who has answered every question and filled every field."""
    course = check_course(FIXTURES / "records")
    state: dict = {}
    text = "I will greet every caller by name and restate the concern before I solve it. " * 2
    for section in course.sections:
        for lesson in section.lessons:
            state[f"v:{lesson.id}"] = 1
            for qid in lesson.check:
                q = course.questions[qid]
                state[f"r:{qid}" if q.type == "reflection" else f"q:{qid}"] = (
                    {"t": text} if q.type == "reflection" else {"a": q.correct, "c": 1})
        if section.quiz:
            answers = {q: course.questions[q].correct for q in section.quiz.question_ids if course.questions[q].scored}
            state[f"quiz:{section.quiz.id}"] = {"a": answers, "s": True, "best": 100, "n": 2, "ok": True,
                                                "at": "2026-11-20"}
        if section.contract:
            c = section.contract
            values = {f.id: "Pat Lee" for f in c.details + c.check_in}
            for n in range(1, c.max_commitments + 1):
                values.update({f"c{n}.{f.id}": text[:120] for f in c.commitment_fields})
                values.update({f"c{n}.r{d}": "3" for d in c.ratings})
            state[f"contract:{c.id}"] = {"v": values, "n": c.max_commitments}
    pool = [q for _, ids in course.final.groups for q in ids][: course.final.draw]
    state[f"quiz:{course.final.id}"] = {"a": {q: course.questions[q].correct for q in pool}, "s": True,
                                        "best": 100, "n": 3, "ok": True, "at": "2026-11-21", "k": 123456789}
    state["cert:name"] = {"name": "Pat Lee"}
    return state


def test_a_learner_who_answered_everything_fits_scorm_12_and_is_restored(browser, lms):
    state = _everything()
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{lms}harnesspkg12.html")
    frame = _course_frame(page, "pkg12")
    since = _commits(page)
    frame.evaluate("state => Object.entries(state).forEach(([k, v]) => "
                   "CourseBuilder.storage.set(CourseBuilder.course.prefix + ':' + k, v))", state)
    _wait_commit(page, since)
    _exit(page, "1.2")
    data = page.evaluate("API.cmi.suspend_data")
    assert data.startswith("z") and len(data) <= 4096
    ctx.close()
    ctx = browser.new_context()
    ctx.add_init_script(f"window.__restore = {json.dumps({'suspend_data': data, 'core': {'entry': 'resume'}})};")
    page = ctx.new_page()
    page.goto(f"{lms}harnesspkg12.html")
    frame = _course_frame(page, "pkg12")
    restored = frame.evaluate("""() => Object.fromEntries(CourseBuilder.storage.keys(CourseBuilder.course.prefix + ':')
        .map(k => [k.slice(CourseBuilder.course.prefix.length + 1), CourseBuilder.storage.get(k)]))""")
    assert restored == state
    ctx.close()


def test_full_package_reports_completion_for_the_chosen_path(browser, lms):
    """One package for everyone: the learner's chosen path decides what completion requires."""
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{lms}harnesspkg2004.html")
    course = _course_frame(page, "pkg2004")
    base = course.url.rsplit("/", 1)[0] + "/"
    open_page(course, base + "tracks.html?track=crew")
    progress = _progress(course, base)
    path = progress["tracks"]["crew"]
    for section in path["sections"]:
        for lesson in section["lessons"]:
            open_page(course, base + progress["links"][lesson][0])
    for quiz in [s["quiz"] for s in path["sections"] if s["quiz"]] + [path["final"]]:
        pass_quiz(course, base + progress["links"][quiz][0], answer_key("records"))

    def status_after(url: str) -> str:
        since = _commits(page)
        open_page(course, url)
        _wait_commit(page, since)
        return _status(page, "2004")

    done = status_after(base + "index.html")
    assert (done["status"], done["success"], done["score"]) == ("completed", "passed", "100")
    # The same work is not enough for the whole course.
    assert status_after(base + "tracks.html?track=")["status"] == "incomplete"
    assert status_after(base + "tracks.html?track=crew")["status"] == "completed"
    _exit(page, "2004")
    ctx.close()
