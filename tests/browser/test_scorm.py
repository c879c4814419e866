"""Both SCORM packages in a real SCORM runtime (scorm-again): first launch, completion,
relaunch with everything restored, status and score; and the suspend data of a learner
who has answered everything fits SCORM 1.2's 4,096 characters."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest


from ..conftest import ROOT
from .conftest import pass_quiz

pytestmark = pytest.mark.browser
SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm-again.js"
HARNESS = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS harness</title>
<script src="scorm-again.js"></script>
<script>
  window.{global} = new {cls}({{autocommit: false, logLevel: 5}});
  if (window.__restore) window.{global}.loadFromJSON(window.__restore);
</script></head>
<body><iframe id="sco" title="course" src="{pkg}/scorm-launch.html" style="width:1200px;height:900px"></iframe></body></html>
"""
VERSIONS = {"1.2": ("API", "Scorm12API"), "2004": ("API_1484_11", "Scorm2004API")}


@pytest.fixture(scope="module")
def lms(scorm_packages, served_root, base_url):
    """Both packages unzipped beside a harness page that provides the LMS API.

    (cmi exit is write-only in the API, so the tests read the runtime's own _exit field.)
    """
    root = served_root / "lms"
    root.mkdir(exist_ok=True)
    shutil.copyfile(SCORM_AGAIN, root / "scorm-again.js")
    for version, (glob, cls) in VERSIONS.items():
        pkg = "pkg" + version.replace(".", "")
        with zipfile.ZipFile(scorm_packages[version]) as zf:
            zf.extractall(root / pkg)
            names = set(zf.namelist())
        manifest = (root / pkg / "imsmanifest.xml").read_text()
        listed = set(re.findall(r'<file href="([^"]+)"', manifest))
        assert listed == names - {"imsmanifest.xml"}, "the manifest must list every file"
        html = HARNESS.replace("{global}", glob).replace("{cls}", cls).replace("{pkg}", pkg)
        (root / f"harness{pkg}.html").write_text(html.replace("{{", "{").replace("}}", "}"), encoding="utf-8")
    origin = base_url.split("/intranet")[0]
    return f"{origin}/lms/"


def _course_frame(page, pkg: str):
    page.wait_for_function("document.getElementById('sco').contentDocument?.getElementById('cb-course')?.contentWindow?.CourseBuilder")
    return next(f for f in page.frames if f"/{pkg}/" in f.url and "scorm-launch" not in f.url)


def _status(page, version: str) -> dict:
    if version == "1.2":
        return page.evaluate("""() => ({status: API.cmi.core.lesson_status, score: API.cmi.core.score.raw,
            exit: API.cmi.core._exit, location: API.cmi.core.lesson_location, data: API.cmi.suspend_data})""")
    return page.evaluate("""() => ({status: API_1484_11.cmi.completion_status, success: API_1484_11.cmi.success_status,
        score: API_1484_11.cmi.score.raw, scaled: API_1484_11.cmi.score.scaled, exit: API_1484_11.cmi.session._exit,
        location: API_1484_11.cmi.location, data: API_1484_11.cmi.suspend_data})""")


def _exit(page) -> None:
    """The learner closes the course: the SCO's window goes away and it terminates."""
    page.evaluate("document.getElementById('sco').remove()")
    page.wait_for_timeout(300)


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_complete_relaunch_restore(browser, lms, version):
    pkg = "pkg" + version.replace(".", "")
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{lms}harness{pkg}.html")
    course = _course_frame(page, pkg)
    assert course.evaluate("CourseBuilder.storage.ok") and course.locator(".cb-storage").is_hidden()
    # Visit every lesson, pass every quiz, leave a contract entry and a scenario path.
    course.goto(course.url.replace("index.html", "progress.html"))
    progress = json.loads(course.locator("#cb-page-data").text_content())["progress"]
    base = course.url.rsplit("/", 1)[0] + "/"
    for section in progress["sections"]:
        for _, href, _ in section["lessons"]:
            course.goto(base + href)
    for section in progress["sections"]:
        pass_quiz(course, base + section["quiz"]["href"])
    pass_quiz(course, base + progress["final"]["href"])
    course.goto(base + "s5-applying/contract.html")
    course.locator('[data-cb-field="name"]').fill("Pat Lee")
    course.goto(base + "certificate.html")
    course.locator("#cb-cert-name").fill("Pat Lee-Smith")
    course.goto(base + "s3-communication/high-bill.html")
    course.locator(".cb-sc-choice").first.click()
    page.wait_for_timeout(600)  # the adapter commits after a short pause
    _exit(page)
    first = _status(page, version)
    if version == "1.2":
        assert first["status"] == "passed" and first["score"] == "100"
    else:
        assert (first["status"], first["success"], first["score"]) == ("completed", "passed", "100")
        assert float(first["scaled"]) == 1.0
    assert first["exit"] == "suspend" and first["location"].endswith("high-bill.html")
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
    course.wait_for_load_state()
    assert course.url.endswith("high-bill.html")
    assert course.locator(".cb-sc-log li").count() == 1
    course.goto(base + "s5-applying/contract.html")
    assert course.locator('[data-cb-field="name"]').input_value() == "Pat Lee"
    course.goto(base + progress["sections"][0]["quiz"]["href"])
    assert course.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    course.goto(base + "certificate.html")
    assert course.locator(".cb-cert-open").is_visible()
    assert course.locator("#cb-cert-name").input_value() == "Pat Lee-Smith"
    _exit(page)
    again = _status(page, version)
    assert again["status"] == first["status"] and again["data"]
    ctx.close()


def _everything(course) -> dict:
    """Saved state of a learner who has answered every question, scenario and field."""
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
            answers = {q: course.questions[q].correct for q in section.quiz.question_ids
                       if course.questions[q].scored}
            state[f"quiz:{section.quiz.id}"] = {"a": answers, "s": True, "best": 100, "n": 2, "ok": True,
                                                "at": "2026-11-20"}
        for s in section.scenarios:
            state[f"sc:{s.id}"] = {"p": ["a", "a"], "d": 1, "s": 100}
        if section.contract:
            c = section.contract
            values = {f.id: "Pat Lee" for f in c.details + c.check_in}
            for n in range(1, c.max_commitments + 1):
                values.update({f"c{n}.{f.id}": text[:120] for f in c.commitment_fields})
                values.update({f"c{n}.r{d}": "3" for d in c.ratings})
            state[f"contract:{c.id}"] = {"v": values, "n": c.max_commitments}
    if course.final:
        pool = [q for _, ids in course.final.groups for q in ids][: course.final.draw]
        state[f"quiz:{course.final.id}"] = {"a": {q: course.questions[q].correct for q in pool}, "s": True,
                                            "best": 100, "n": 3, "ok": True, "at": "2026-11-21", "k": 123456789}
    state["cert"] = {"name": "Pat Lee"}
    return state


def test_suspend_data_of_a_learner_who_answered_everything_fits_scorm_12(browser, lms, shipped_course, capsys):
    course = shipped_course
    state = _everything(course)
    page = browser.new_page()
    page.goto(f"{lms}harnesspkg12.html")
    frame = _course_frame(page, "pkg12")
    prefix = course.storage_prefix
    frame.evaluate("([p, state]) => Object.entries(state).forEach(([k, v]) => CourseBuilder.storage.set(p + ':' + k, v))",
                   [prefix, state])
    page.wait_for_timeout(800)
    _exit(page)
    data = page.evaluate("API.cmi.suspend_data")
    raw = len(json.dumps(state, separators=(",", ":")))
    with capsys.disabled():
        print(f"\nSCORM suspend_data for a learner who answered everything: {len(data)} characters "
              f"(JSON {raw} characters before compression; SCORM 1.2 allows 4,096)")
    assert len(data) <= 4096
    page.close()


def test_full_package_reports_completion_for_the_chosen_path(browser, lms):
    """One package for everyone: the learner's chosen path decides what completion requires."""
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{lms}harnesspkg2004.html")
    course = _course_frame(page, "pkg2004")
    base = course.url.rsplit("/", 1)[0] + "/"
    course.goto(base + "tracks.html?track=all-staff")
    course.goto(base + "progress.html")
    path = json.loads(course.locator("#cb-page-data").text_content())["progress"]["tracks"]["all-staff"]
    for section in path["sections"]:
        for _, href, _ in section["lessons"]:
            course.goto(base + href)
    for section in path["sections"]:
        if section["quiz"]:
            pass_quiz(course, base + section["quiz"]["href"])
    pass_quiz(course, base + path["final"]["href"])
    page.wait_for_timeout(600)
    done = _status(page, "2004")
    assert (done["status"], done["success"], done["score"]) == ("completed", "passed", "100")
    # The same work is not enough for the whole course.
    course.goto(base + "tracks.html?track=")
    page.wait_for_timeout(600)
    assert _status(page, "2004")["status"] == "incomplete"
    course.goto(base + "tracks.html?track=all-staff")
    page.wait_for_timeout(600)
    assert _status(page, "2004")["status"] == "completed"
    _exit(page)
    ctx.close()
