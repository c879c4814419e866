"""Browser fixtures: Debian's Chromium driven by Playwright, fixture courses' sites served under a
sub-path (and opened from disk), and helpers that act as a learner would."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from course_builder.validate import check_course

from ..conftest import FIXTURES

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SUB_PATH = "/intranet/training/customer-service/"
INTRANET_HOST = "training.intranet.test"

pytestmark = pytest.mark.browser


# What a locked-down intranet might send: our own origin only, plus the inline script
# and styles Material itself needs (its config and palette bootstrap).
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    csp = ""

    def end_headers(self):
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        super().end_headers()

    def log_message(self, *args):  # keep test output clean
        pass


class _CspHandler(_QuietHandler):
    csp = CSP


@pytest.fixture(scope="session")
def www(tmp_path_factory) -> Path:
    """The web root: each fixture course's site is copied under a deep sub-path, as an intranet
    would host it."""
    return tmp_path_factory.mktemp("www")


def _serve(root: Path, handler_class):
    handler = functools.partial(handler_class, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="session")
def origin(www):
    server, url = _serve(www, _QuietHandler)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def csp_origin(www):
    """The same web root, sent with a strict Content-Security-Policy header."""
    server, url = _serve(www, _CspHandler)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def tls_origin(www, tmp_path_factory):
    """The web root over https, with a certificate of a test authority (trustme)."""
    import ssl

    import trustme

    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", INTRANET_HOST).configure_cert(context)
    handler = functools.partial(_QuietHandler, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://{INTRANET_HOST}:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def hosted(fixture_site, www) -> Callable[[str], str]:
    """Copy a fixture course's built site into the web root (once); name → its sub-path."""
    def get(name: str) -> str:
        target = www / SUB_PATH.strip("/") / name
        if not target.exists():
            shutil.copytree(fixture_site(name), target)
        return f"{SUB_PATH}{name}/"
    return get


@pytest.fixture(scope="session")
def site(hosted, origin) -> Callable[[str], str]:
    """name → the base URL of that fixture course's site over plain http."""
    return lambda name: origin + hosted(name)


@pytest.fixture(scope="session")
def csp_site(hosted, csp_origin) -> Callable[[str], str]:
    return lambda name: csp_origin + hosted(name)


@pytest.fixture(scope="session")
def file_site(hosted, www) -> Callable[[str], str]:
    """name → the site opened from disk (file://), as from a file share."""
    return lambda name: (www / hosted(name).strip("/")).as_uri() + "/"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  # An intranet host name: plain http from it is not a secure context (127.0.0.1 is).
                  f"--host-resolver-rules=MAP {INTRANET_HOST} 127.0.0.1"],
        )
        yield b
        b.close()


class Requests:
    """Every URL the pages of one browser context asked for."""

    def __init__(self):
        self.urls: list[str] = []

    def foreign(self, allowed_origin: str) -> list[str]:
        """URLs that are not on the site's own origin (data: and blob: are local)."""
        out = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if allowed_origin == "file":
                if parts.scheme != "file":
                    out.append(url)
            elif f"{parts.scheme}://{parts.netloc}" != allowed_origin:
                out.append(url)
        return out


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.requests = Requests()
    ctx.on("request", lambda r: ctx.requests.urls.append(r.url))
    errors: list[str] = []
    ctx.on("weberror", lambda e: errors.append(str(e.error)))
    yield ctx
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture
def page(context):
    return context.new_page()


def run_axe(page) -> list[dict]:
    """axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until the focused element matches `selector` (keyboard only)."""
    for _ in range(limit):
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def page_data(page) -> dict:
    return page.evaluate("() => JSON.parse(document.getElementById('cb-page-data').textContent)")


def drawn_ids(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('.cb-quiz .cb-q')].filter(q => !q.hidden)"
                         ".map(q => q.dataset.cbQ)")


def answer_key(course: str) -> dict[str, dict]:
    """What the tests know and a scored quiz page does not: each question's type and right answer,
    from the fixture course's model."""
    model = check_course(FIXTURES / course)
    return {q.id: {"type": q.type, "correct": q.correct} for q in model.questions.values() if q.scored}


def pass_quiz(page, url: str, key: dict[str, dict], passed: str = "passed") -> None:
    """Answer every question of a quiz correctly (page may be a Page or a Frame) and submit;
    `key` is the course's answer_key(); `passed` is what the result says in the course's language."""
    open_page(page, url)
    for qid in page_data(page)["questions"]:
        spec = key.get(qid, {"type": "reflection"})
        scope = f'.cb-q[data-cb-q="{qid}"]'
        if page.locator(scope).is_hidden():
            continue  # not drawn in this attempt of the final assessment
        if spec["type"] == "ordering":
            for target, item in enumerate(spec["correct"]):
                order = page.evaluate(f"() => [...document.querySelectorAll('{scope} li')].map(l => l.dataset.cbItem)")
                for _ in range(order.index(item) - target):
                    page.locator(f'{scope} li[data-cb-item="{item}"] .cb-up').click()
        elif spec["type"] == "matching":
            for pair, answer in spec["correct"].items():
                page.locator(f'{scope} .cb-pair[data-cb-pair="{pair}"] select').select_option(answer)
        elif spec["type"] != "reflection":
            for value in spec["correct"]:
                page.locator(f'{scope} input[value="{value}"]').check()
    page.locator(".cb-submit").click()
    assert passed in page.locator(".cb-result-title").text_content()


def stored(page, prefix: str) -> dict:
    """What the course has saved in this browser: storage key → value (parsed)."""
    return page.evaluate("""p => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith(p + ':'))
        .map(k => [k, JSON.parse(localStorage.getItem(k))]))""", prefix)


def wait_saved(page, key: str) -> None:
    """Wait until the runtime has saved something under `key` (the full storage key)."""
    page.wait_for_function("k => localStorage.getItem(k) !== null", arg=key)


def key(page, kind: str, record_id: str) -> str:
    """The storage key the runtime uses for a record (built by its one key function)."""
    return page.evaluate("([k, i]) => CourseBuilder.key(k, i)", [kind, record_id])


def order_by_keyboard(page, qid: str, correct: list[str]) -> None:
    """Put an ordering question's items in `correct` order with Tab and Enter on Move up."""
    scope = f'.cb-q[data-cb-q="{qid}"]'
    for target, item in enumerate(correct):
        order = page.evaluate(f"() => [...document.querySelectorAll('{scope} li')].map(li => li.dataset.cbItem)")
        moves = order.index(item) - target
        if moves:
            tab_to(page, f'{scope} li[data-cb-item="{item}"] .cb-up')
            for _ in range(moves):
                page.keyboard.press("Enter")  # focus stays on the moved item's button


def match_by_keyboard(page, qid: str, correct: dict[str, str]) -> None:
    """Choose each matching answer by typing its start on the focused select (type-ahead)."""
    for pair, answer in correct.items():
        select = f'.cb-q[data-cb-q="{qid}"] .cb-pair[data-cb-pair="{pair}"] select'
        text = page.locator(f'{select} option[value="{answer}"]').text_content()
        tab_to(page, select)
        page.keyboard.type(text[:12])
        assert page.locator(select).input_value() == answer


def choose_by_keyboard(page, qid: str, wanted: list[str]) -> None:
    """Answer a single, multiple or true/false question with Tab, Space and arrow keys only."""
    scope = f'.cb-q[data-cb-q="{qid}"]'
    values = page.evaluate(f"() => [...document.querySelectorAll('{scope} input')].map(i => i.value)")
    kind = page.evaluate(f"() => document.querySelector('{scope} input').type")
    tab_to(page, f"{scope} input")
    if kind == "radio":
        page.keyboard.press("Space")
        for _ in range(values.index(wanted[0])):
            page.keyboard.press("ArrowDown")
        return
    for i, value in enumerate(values):
        if value in wanted:
            page.keyboard.press("Space")
        if i < len(values) - 1:
            page.keyboard.press("Tab")


def open_page(page, url: str) -> None:
    """Go to `url` and wait until the page's feature files are loaded and bound."""
    page.goto(url)
    page.evaluate("() => window.CourseBuilder && CourseBuilder.ready")


def reload(page) -> None:
    page.reload()
    page.evaluate("() => window.CourseBuilder && CourseBuilder.ready")


def search(page, term: str) -> int:
    """Search the site as a learner would and return how many results it lists. Material (with
    MkDocs or ProperDocs) has a search field in the header; Zensical opens a dialog from a button
    (in a shadow root, which Playwright's CSS locators reach)."""
    field = page.locator("input.md-search__input")
    if field.count():
        field.click()
        page.keyboard.type(term)
        results = page.locator(".md-search-result__item")
    else:
        page.locator("button.md-search__button").first.click()
        page.locator('dialog input[role="combobox"]').fill(term)
        results = page.locator('dialog ol[role="listbox"] li a')
    results.first.wait_for(timeout=10_000)
    return results.count()


def set_palette(page, scheme: str) -> None:
    """Show the page in the light (default) or dark (slate) palette, as the theme's toggle does
    (the same attribute on Material and on Zensical's classic look)."""
    page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
    if scheme == "slate":  # the page is dark once the theme's colour transition has begun…
        page.wait_for_function("() => getComputedStyle(document.body).backgroundColor"
                               ".match(/\\d+/g).slice(0, 3).every(v => v < 80)")
    # …and every colour (navigation links too) has its final value once no transition runs.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
