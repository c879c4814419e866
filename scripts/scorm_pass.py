"""Count the LMS commits of one full pass through a course in a real SCORM runtime (scorm-again,
from node_modules), driven by Debian's Chromium: package the course, open every lesson and
scenario page, pass every section quiz and the final assessment, fill in the contract, close.
Prints page views, quiz submits, commits and the size of the saved state.

    .venv/bin/python scripts/scorm_pass.py [--project DIR] [--scorm 2004|1.2]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import sys
import tempfile
import threading
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course_builder.pipeline import Project, package_scorm  # noqa: E402
from course_builder.validate import check_course  # noqa: E402
from tests.browser.conftest import open_page, pass_quiz  # noqa: E402
from tests.browser.test_scorm import HARNESS, SCORM_AGAIN, VERSIONS, _course_frame, _exit  # noqa: E402


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--scorm", choices=["2004", "1.2"], default="2004")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    course = check_course(args.project)
    key = {q.id: {"type": q.type, "correct": q.correct} for q in course.questions.values() if q.scored}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        package = package_scorm(Project(args.project.resolve()), args.scorm, root / "dist")
        pkg = "pkg"
        with zipfile.ZipFile(package) as zf:
            zf.extractall(root / pkg)
        shutil.copyfile(SCORM_AGAIN, root / "scorm-again.js")
        api, cls, commit, set_value = VERSIONS[args.scorm]
        (root / "harness.html").write_text(HARNESS.format(api=api, cls=cls, pkg=pkg, commit=commit, set=set_value,
                                                          launch="scorm-launch.html"), encoding="utf-8")
        handler = functools.partial(Quiet, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
            page = browser.new_page()
            page.goto(f"{origin}/harness.html")
            frame = _course_frame(page, pkg)
            base = frame.url.rsplit("/", 1)[0] + "/"
            open_page(frame, base + "progress.html")
            progress = json.loads(frame.locator("#cb-page-data").text_content())["progress"]
            views, submits = 1, 0
            quizzes = [s["quiz"] for s in progress["sections"] if s["quiz"]] + [progress["final"]]
            for section in progress["sections"]:
                folder = progress["links"][section["lessons"][0]][0].rsplit("/", 1)[0] if section["lessons"] else ""
                urls = [progress["links"][lesson][0] for lesson in section["lessons"]]
                urls += [f"{folder}/{scenario}.html" for scenario in section.get("scenarios", [])]
                for url in urls:
                    open_page(frame, base + url)
                    views += 1
            for quiz in quizzes:
                pass_quiz(frame, base + progress["links"][quiz][0], key)
                views, submits = views + 1, submits + 1
            open_page(frame, base + "certificate.html")
            frame.locator("#cb-cert-name").fill("Pat Lee")
            views += 1
            _exit(page, args.scorm)
            commits = page.evaluate("window.__commits")
            data = page.evaluate("API.cmi.suspend_data" if args.scorm == "1.2" else "API_1484_11.cmi.suspend_data")
            browser.close()
        server.shutdown()
    print(f"{course.title} {course.version}, SCORM {args.scorm}: {views} page views, {submits} quiz submits, "
          f"{commits} commits (at most {views + submits + 1} allowed: one per view and submit, one on exit); "
          f"saved state {len(data):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
