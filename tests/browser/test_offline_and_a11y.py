"""Intranet safety (no other hosts, file://, sub-path, search offline), instant navigation, a
strict CSP, small screens and axe-core, on the questions fixture."""

from __future__ import annotations

import pytest

from .conftest import run_axe, search, set_palette

pytestmark = pytest.mark.browser
COURSE = "questions"
PAGES = ["index.html", "q1-basics/index.html", "q1-basics/checks.html", "q1-basics/quiz.html", "guide.html"]


def _visit_all(page, base: str) -> None:
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("load")
    page.goto(base + "index.html")
    assert search(page, "meter") > 0


def test_no_request_leaves_the_site_over_http(context, page, site, origin):
    _visit_all(page, site(COURSE))
    assert context.requests.foreign(origin) == []


def test_no_request_leaves_the_disk_over_file(context, page, file_site):
    _visit_all(page, file_site(COURSE))
    assert context.requests.foreign("file") == []


def test_from_file_checks_save_and_restore(page, file_site):
    page.goto(file_site(COURSE) + "q1-basics/checks.html")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    status = q.locator(".cb-status").text_content()
    assert status
    page.reload()
    assert page.locator(".cb-q").first.locator(".cb-status").text_content() == status


def test_from_file_navigation_links_resolve(page, file_site):
    page.goto(file_site(COURSE) + "index.html")
    page.locator(".md-content a[href$='q1-basics/index.html']").first.click()
    page.wait_for_url("**/q1-basics/index.html")
    page.locator(".md-content a[href$='quiz.html']").first.click()
    page.wait_for_selector(".cb-submit:visible", timeout=10_000)


def test_instant_navigation_binds_widgets_on_each_page(page, site):
    page.goto(site(COURSE) + "q1-basics/index.html")
    page.locator(".md-content a[href$='checks.html']").first.click()
    page.wait_for_selector(".cb-check:visible")
    assert page.evaluate("typeof window.document$") == "object"
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content()
    page.locator(".md-footer__link--next").click()
    page.wait_for_url("**/second.html")
    page.wait_for_selector(".cb-check:visible")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content()


@pytest.mark.parametrize("path", PAGES)
def test_axe_clean_before_answering(page, site, path):
    page.goto(site(COURSE) + path)
    assert run_axe(page) == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_axe_clean_after_checking_answers(page, site, scheme):
    page.goto(site(COURSE) + "q1-basics/checks.html")
    for q in page.locator('.cb-q[data-cb-mode="check"]').all():
        if q.locator("input").count():
            q.locator("input").first.check()
        q.locator(".cb-check").click()
    set_palette(page, scheme)
    assert page.locator(".cb-q .cb-no, .cb-q .cb-ok").count() > 0  # right and wrong marks are shown
    assert run_axe(page) == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_axe_clean_after_submitting_quiz(page, site, scheme):
    page.goto(site(COURSE) + "q1-basics/quiz.html")
    for q in page.locator('.cb-q[data-cb-mode="quiz"]').all()[::2]:
        if q.locator("input").count():
            q.locator("input").first.check()
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content().startswith("Your score")
    set_palette(page, scheme)
    assert run_axe(page) == []


def test_usable_at_320_px(browser, site):
    ctx = browser.new_context(viewport={"width": 320, "height": 640})
    page = ctx.new_page()
    page.goto(site(COURSE) + "q1-basics/quiz.html")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert run_axe(page) == []
    ctx.close()


def test_runtime_works_under_a_strict_content_security_policy(page, csp_site):
    page.add_init_script("""
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    """)
    page.goto(csp_site(COURSE) + "q1-basics/quiz.html")
    page.locator(".cb-q input").first.check()
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").is_visible()
    assert page.evaluate("window.__cspViolations") == []
    page.goto(csp_site(COURSE) + "q1-basics/checks.html")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content()
    assert page.evaluate("window.__cspViolations") == []


CONTRAST = """el => {
  const lum = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  let back = "rgb(255, 255, 255)";
  for (let n = el; n; n = n.parentElement) {
    const c = getComputedStyle(n).backgroundColor;
    if (!/rgba\\(0, 0, 0, 0\\)|transparent/.test(c)) { back = c; break; }
  }
  const [a, b] = [lum(getComputedStyle(el).color), lum(back)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def _contrast_holds(page, button) -> None:
    """At rest, focused and hovered, the button's text meets 4.5:1 against its background
    (waiting out Material's colour transition)."""
    handle = button.element_handle()
    page.wait_for_function(f"el => ({CONTRAST})(el) >= 4.5", arg=handle, timeout=3000)
    button.focus()
    page.wait_for_function(f"el => ({CONTRAST})(el) >= 4.5", arg=handle, timeout=3000)
    button.hover()
    page.wait_for_function(f"el => ({CONTRAST})(el) >= 4.5", arg=handle, timeout=3000)


def test_every_button_state_meets_contrast(page, site):
    from .conftest import open_page

    open_page(page, site("records") + "r2-apply/contract.html")
    for name in (".cb-print", ".cb-print-blank", ".cb-use-step", ".cb-clear"):
        _contrast_holds(page, page.locator(name).first)
    page.locator(".cb-clear").click()
    for name in (".cb-yes", ".cb-no"):
        _contrast_holds(page, page.locator(name).first)
    open_page(page, site("scenarios") + "s1-practice/counter.html")
    page.locator(".cb-sc-start, .cb-sc-choice").first.wait_for()
    for i in range(page.locator(".cb-sc-choice:visible").count()):
        _contrast_holds(page, page.locator(".cb-sc-choice:visible").nth(i))
