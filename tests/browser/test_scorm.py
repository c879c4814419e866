"""Both SCORM packages of the records fixture in a real SCORM runtime (scorm-again): first
launch, completion, relaunch with everything restored, status and the score the completion rule
defines (none before), session time, commits only per page view, quiz and exit, review mode
that writes nothing, a refused save told to the learner once; the learner's path decides what
completion requires; the worst case Python computes is what the launch page saves."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest

from course_builder.package.state_size import encoded_size, worst_case_state
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
  window.__sets = [];
  window.{api}.on("{commit}", () => window.__commits++);
  window.{api}.on("{set}", (k) => window.__sets.push(k));
  if (window.__refuse) {{  // an LMS that refuses to store suspend data: a real error code
    const api = window.{api};
    const original = api.{set}.bind(api);
    api.{set} = (k, v) => original(k === "cmi.suspend_data" ? "cmi.suspend_data_refused" : k, v);
  }}
</script></head>
<body><iframe id="sco" title="course" src="{pkg}/{launch}" style="width:1200px;height:900px">
</iframe></body></html>
"""
VERSIONS = {"1.2": ("API", "Scorm12API", "LMSCommit", "LMSSetValue"),
            "2004": ("API_1484_11", "Scorm2004API", "Commit", "SetValue")}
FINAL = "final-assessment"
SESSION_TIME = {"1.2": re.compile(r"^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$"),
                "2004": re.compile(r"^PT\d+H\d+M\d+(\.\d{1,2})?S$")}


@pytest.fixture(scope="module")
def lms(fixture_packages, www, origin):
    """Both packages unzipped beside a harness page that provides the LMS API; and a harness
    whose launch page allows two attempts at the final assessment.

    (cmi exit and session time are write-only in the API, so the tests read the runtime's own
    fields.)
    """
    root = www / "lms"
    root.mkdir(exist_ok=True)
    shutil.copyfile(SCORM_AGAIN, root / "scorm-again.js")
    for version, (glob, cls, commit, set_value) in VERSIONS.items():
        pkg = "pkg" + version.replace(".", "")
        with zipfile.ZipFile(fixture_packages[version]) as zf:
            zf.extractall(root / pkg)
            names = set(zf.namelist())
        manifest = (root / pkg / "imsmanifest.xml").read_text()
        listed = set(re.findall(r'<file href="([^"]+)"', manifest))
        assert listed == names - {"imsmanifest.xml"}, "the manifest must list every file"
        launch = (root / pkg / "scorm-launch.html").read_text()
        assert f'["{FINAL}",80,0]' in launch
        (root / pkg / "scorm-launch-2-tries.html").write_text(launch.replace(f'["{FINAL}",80,0]', f'["{FINAL}",80,2]'))
        for name, page in (("", "scorm-launch.html"), ("-2-tries", "scorm-launch-2-tries.html")):
            html = HARNESS.format(api=glob, cls=cls, pkg=pkg, commit=commit, set=set_value, launch=page)
            (root / f"harness{pkg}{name}.html").write_text(html, encoding="utf-8")
    return f"{origin}/lms/"


def _pkg(version: str) -> str:
    return "pkg" + version.replace(".", "")


def _launch(browser, lms, version: str, restore: dict | None = None, harness: str = "", refuse: bool = False):
    """A fresh browser profile (no localStorage to fall back on) launching the package; returns
    the context, the LMS page and the course's frame."""
    ctx = browser.new_context()
    if restore is not None:
        ctx.add_init_script(f"window.__restore = {json.dumps(restore)};")
    if refuse:
        ctx.add_init_script("window.__refuse = true;")
    page = ctx.new_page()
    page.goto(f"{lms}harness{_pkg(version)}{harness}.html")
    return ctx, page, _course_frame(page, _pkg(version))


def _course_frame(page, pkg: str):
    page.wait_for_function("document.getElementById('sco').contentDocument?.getElementById('cb-course')"
                           "?.contentWindow?.CourseBuilder?.ready")
    frame = next(f for f in page.frames if f"/{pkg}/" in f.url and "scorm-launch" not in f.url)
    frame.evaluate("() => CourseBuilder.ready")
    return frame


def _launcher(page):
    return next(f for f in page.frames if "scorm-launch" in f.url)


def _status(page, version: str) -> dict:
    if version == "1.2":
        return page.evaluate("""() => ({status: API.cmi.core.lesson_status, score: API.cmi.core.score.raw,
            exit: API.cmi.core._exit, location: API.cmi.core.lesson_location, data: API.cmi.suspend_data,
            time: API.cmi.core._session_time})""")
    return page.evaluate("""() => ({status: API_1484_11.cmi.completion_status, success: API_1484_11.cmi.success_status,
        score: API_1484_11.cmi.score.raw, scaled: API_1484_11.cmi.score.scaled, exit: API_1484_11.cmi.session._exit,
        location: API_1484_11.cmi.location, data: API_1484_11.cmi.suspend_data,
        time: API_1484_11.cmi.session._session_time})""")


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


def _save(course_frame, records: dict) -> None:
    """Records saved as the course's pages save them ("kind:id" → record)."""
    course_frame.evaluate("records => Object.entries(records).forEach(([k, v]) => "
                          "CourseBuilder.storage.set(CourseBuilder.course.prefix + ':' + k, v))", records)


def _viewed(page, course_frame, url: str) -> dict:
    """Open a page (a page view, which commits what changed) and return the LMS's record."""
    since = _commits(page)
    open_page(course_frame, url)
    _wait_commit(page, since)
    return _status(page, "1.2" if page.evaluate("!!window.API") else "2004")


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_complete_relaunch_restore(browser, lms, version):
    ctx, page, course = _launch(browser, lms, version)
    assert course.evaluate("CourseBuilder.storage.ok") and course.locator(".cb-storage").is_hidden()
    base = course.url.rsplit("/", 1)[0] + "/"
    # Visit every lesson, pass every quiz, name the certificate, and leave a contract entry last,
    # counting page views and submitted quizzes: each may commit once, and leaving once more.
    views, submits = 2, 0  # the first page, and My progress
    progress = _progress(course, base)
    for section in progress["sections"]:
        for lesson in section["lessons"]:
            open_page(course, base + progress["links"][lesson][0])
            views += 1
    for quiz in [s["quiz"] for s in progress["sections"] if s["quiz"]] + [progress["final"]]:
        pass_quiz(course, base + progress["links"][quiz][0], answer_key("records"))
        views, submits = views + 1, submits + 1
    open_page(course, base + "certificate.html")
    course.locator("#cb-cert-name").fill("Pat Lee-Smith")
    open_page(course, base + "r2-apply/contract.html")
    views += 2
    course.locator('[data-cb-field="name"]').fill("Pat Lee")
    _exit(page, version)
    first = _status(page, version)
    assert _commits(page) <= views + submits + 1
    if version == "1.2":
        assert first["status"] == "passed" and first["score"] == "100"
    else:
        assert (first["status"], first["success"], first["score"]) == ("completed", "passed", "100")
        assert float(first["scaled"]) == 1.0
    assert first["exit"] == "suspend" and first["location"] == "r2-apply/contract.html"
    # (Left at once after typing: what was not yet compressed is saved uncompressed, as it fits.)
    assert first["data"][0] in "zj" and len(first["data"]) <= 4096
    assert SESSION_TIME[version].match(first["time"]) and first["time"] not in ("00:00:00", "PT0H0M0S")
    ctx.close()

    # Relaunch with what the LMS kept: the learner resumes where they left off, nothing lost.
    kept = ({"core": {"lesson_status": first["status"], "lesson_location": first["location"], "entry": "resume"},
             "suspend_data": first["data"]} if version == "1.2" else
            {"completion_status": first["status"], "success_status": first["success"],
             "location": first["location"], "entry": "resume", "suspend_data": first["data"]})
    ctx, page, course = _launch(browser, lms, version, kept)
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


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_the_score_is_the_final_assessments_and_none_before_it(browser, lms, version):
    ctx, page, course = _launch(browser, lms, version)
    base = course.url.rsplit("/", 1)[0] + "/"
    # A section quiz taken (70 %, not passed): no score yet, not a running mean.
    _save(course, {"quiz:r1-start-quiz": {"a": {}, "s": True, "best": 70, "n": 1, "ok": False}})
    record = _viewed(page, course, base + "index.html")
    assert record["score"] == "" and record["status"] == "incomplete"
    _save(course, {f"quiz:{FINAL}": {"a": {}, "s": True, "best": 90, "n": 1, "ok": True}})
    record = _viewed(page, course, base + "glossary.html")
    assert record["score"] == "90"  # the final's best score, not the mean (80) of the two
    if version == "1.2":
        assert record["status"] == "incomplete"  # the section quiz is not passed
    else:
        assert (record["status"], record["success"], float(record["scaled"])) == ("incomplete", "unknown", 0.9)
    ctx.close()


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_every_attempt_used_without_passing_is_failed(browser, lms, version):
    ctx, page, course = _launch(browser, lms, version, harness="-2-tries")
    base = course.url.rsplit("/", 1)[0] + "/"
    _save(course, {f"quiz:{FINAL}": {"a": {}, "s": True, "best": 50, "n": 1, "ok": False}})
    record = _viewed(page, course, base + "index.html")
    assert record["status"] == "incomplete" and record["score"] == "50"
    _save(course, {f"quiz:{FINAL}": {"a": {}, "s": True, "best": 50, "n": 2, "ok": False}})
    record = _viewed(page, course, base + "glossary.html")
    if version == "1.2":
        assert record["status"] == "failed"
    else:
        assert (record["status"], record["success"]) == ("incomplete", "failed")
    ctx.close()


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_review_mode_shows_the_record_and_writes_nothing(browser, lms, version):
    # A learner's record: the first section quiz passed, a contract entry.
    ctx, page, course = _launch(browser, lms, version)
    base = course.url.rsplit("/", 1)[0] + "/"
    pass_quiz(course, base + "r1-start/quiz.html", answer_key("records"))
    open_page(course, base + "r2-apply/contract.html")
    course.locator('[data-cb-field="name"]').fill("Pat Lee")
    _exit(page, version)
    data = _status(page, version)["data"]
    ctx.close()

    review = ({"core": {"lesson_mode": "review", "entry": "resume"}, "suspend_data": data} if version == "1.2"
              else {"mode": "review", "entry": "resume", "suspend_data": data})
    ctx, page, course = _launch(browser, lms, version, review)
    assert "reviewing your record" in _launcher(page).locator("#cb-lms-note").text_content()
    open_page(course, base + "r1-start/quiz.html")
    assert course.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    assert course.locator(".cb-retake").is_disabled()
    assert course.locator(".cb-quiz input").first.is_disabled()
    open_page(course, base + "r2-apply/contract.html")
    field = course.locator('[data-cb-field="name"]')
    assert field.input_value() == "Pat Lee" and not field.is_editable()
    assert course.locator(".cb-print").first.is_enabled()  # printing the record stays
    course.evaluate("CourseBuilder.storage.set(CourseBuilder.key('visit', 'greet'), 1)")
    open_page(course, base + "r1-start/index.html")
    _exit(page, version)
    assert page.evaluate("window.__sets") == [] and _commits(page) == 0
    assert _status(page, version)["data"] == data
    ctx.close()


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_a_refused_save_is_told_to_the_learner_once(browser, lms, version):
    ctx, page, course = _launch(browser, lms, version, refuse=True)
    base = course.url.rsplit("/", 1)[0] + "/"
    launcher = _launcher(page)
    launcher.evaluate("""() => { window.__notes = 0;
        new MutationObserver(() => window.__notes++).observe(document.getElementById('cb-lms-note'),
          {childList: true, characterData: true, subtree: true}); }""")
    for i, url in enumerate(("r1-start/index.html", "glossary.html", "index.html")):
        _save(course, {"cert:name": {"name": f"Pat {i}"}})  # a change for each page view to commit
        _viewed(page, course, base + url)
    note = launcher.locator("#cb-lms-note")
    refused = r"Your learning management system did not save your progress \(error \d+: .+\)"
    assert re.match(refused, note.text_content())
    assert note.get_attribute("role") == "status"
    assert launcher.evaluate("window.__notes") == 1
    ctx.close()


def test_the_worst_case_python_computes_is_what_scorm_12_saves(browser, lms):
    """Python's worst case for the package (what --scorm 1.2 checks against 4,096 characters) is
    exactly what the launch page saves, and it comes back whole on relaunch."""
    course = check_course(FIXTURES / "records")
    state = worst_case_state(course)
    ctx, page, frame = _launch(browser, lms, "1.2")
    _save(frame, state)
    since = _commits(page)
    frame.evaluate("CourseBuilder.storage.flush()")  # as a submitted quiz does
    _wait_commit(page, since)
    _exit(page, "1.2")
    data = page.evaluate("API.cmi.suspend_data")
    assert data.startswith("z")
    ctx.close()
    ctx, page, frame = _launch(browser, lms, "1.2", {"suspend_data": data, "core": {"entry": "resume"}})
    restored = frame.evaluate("""() => Object.fromEntries(CourseBuilder.storage.keys(CourseBuilder.course.prefix + ':')
        .map(k => [k.slice(CourseBuilder.course.prefix.length + 1), CourseBuilder.storage.get(k)]))""")
    ctx.close()
    # The pages' own saves (the learner's seed, a visit) come first: size the state in saved order.
    assert {k: v for k, v in restored.items() if k in state} == state
    assert len(data) == encoded_size(course, restored) <= 4096


def test_full_package_reports_completion_for_the_chosen_path(browser, lms):
    """One package for everyone: the learner's chosen path decides what completion requires."""
    ctx, page, course = _launch(browser, lms, "2004")
    base = course.url.rsplit("/", 1)[0] + "/"
    open_page(course, base + "tracks.html?track=crew")
    progress = _progress(course, base)
    path = progress["tracks"]["crew"]
    for section in path["sections"]:
        for lesson in section["lessons"]:
            open_page(course, base + progress["links"][lesson][0])
    for quiz in [s["quiz"] for s in path["sections"] if s["quiz"]] + [path["final"]]:
        pass_quiz(course, base + progress["links"][quiz][0], answer_key("records"))
    # The last submitted quiz commits: wait for what it reports.
    page.wait_for_function("API_1484_11.cmi.completion_status === 'completed'")
    done = _status(page, "2004")
    assert (done["status"], done["success"], done["score"]) == ("completed", "passed", "100")
    # The same work is not enough for the whole course.
    assert _viewed(page, course, base + "tracks.html?track=")["status"] == "incomplete"
    assert _viewed(page, course, base + "tracks.html?track=crew")["status"] == "completed"
    _exit(page, "2004")
    ctx.close()
