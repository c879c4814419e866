"""Intranet safety (no other hosts, file://, sub-path, search offline) and axe-core checks."""

from __future__ import annotations

import pytest

from .conftest import run_axe

pytestmark = pytest.mark.browser
PAGES = ["index.html", "s1-perspectives/index.html", "s1-perspectives/what-is-service.html",
         "s1-perspectives/quiz.html", "authoring.html"]


def _visit_all(page, base: str) -> None:
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("load")
    page.goto(base + "index.html")
    page.locator("input.md-search__input").click()
    page.keyboard.type("meter")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)


def test_no_request_leaves_the_site_over_http(context, page, base_url):
    _visit_all(page, base_url)
    origin = base_url.split("/intranet")[0]
    assert context.requests.foreign(origin) == []


def test_no_request_leaves_the_disk_over_file(context, page, file_url):
    _visit_all(page, file_url)
    assert context.requests.foreign("file") == []


def test_from_file_quizzes_save_and_restore(page, file_url):
    page.goto(file_url + "s1-perspectives/what-is-service.html")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    status = q.locator(".cb-status").text_content()
    assert status
    page.reload()
    assert page.locator(".cb-q").first.locator(".cb-status").text_content() == status


def test_from_file_navigation_links_resolve(page, file_url):
    page.goto(file_url + "index.html")
    page.locator(".md-content a[href$='s1-perspectives/index.html']").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("s1-perspectives/index.html")
    page.locator(".md-content a[href$='quiz.html']").first.click()
    page.wait_for_selector(".cb-submit:visible", timeout=10_000)


def test_instant_navigation_binds_widgets_on_each_page(page, base_url):
    page.goto(base_url + "s1-perspectives/index.html")
    page.locator(".md-content a[href$='what-is-service.html']").first.click()
    page.wait_for_selector(".cb-check:visible")
    assert page.evaluate("typeof window.document$") == "object"
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content()
    page.locator(".md-footer__link--next").click()
    page.wait_for_selector(".cb-check:visible")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content()


@pytest.mark.parametrize("path", PAGES[:4] + ["authoring.html"])
def test_axe_clean_before_answering(page, base_url, path):
    page.goto(base_url + path)
    assert run_axe(page) == []


def test_axe_clean_after_checking_answers(page, base_url):
    page.goto(base_url + "s1-perspectives/what-is-service.html")
    for q in page.locator(".cb-q").all():
        q.locator("input").first.check()
        q.locator(".cb-check").click()
    assert run_axe(page) == []


def test_axe_clean_after_submitting_quiz(page, base_url):
    page.goto(base_url + "s1-perspectives/quiz.html")
    for q in page.locator(".cb-q").all()[::2]:
        q.locator("input").first.check()
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content().startswith("Your score")
    assert run_axe(page) == []


def test_usable_at_320_px(browser, base_url):
    ctx = browser.new_context(viewport={"width": 320, "height": 640})
    page = ctx.new_page()
    page.goto(base_url + "s1-perspectives/quiz.html")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert run_axe(page) == []
    ctx.close()


def test_runtime_works_under_a_strict_content_security_policy(page, csp_base_url):
    page.add_init_script("""
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    """)
    page.goto(csp_base_url + "s1-perspectives/quiz.html")
    page.locator(".cb-q input").first.check()
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").is_visible()
    assert page.evaluate("window.__cspViolations") == []
    page.goto(csp_base_url + "s1-perspectives/what-is-service.html")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content()
    assert page.evaluate("window.__cspViolations") == []
