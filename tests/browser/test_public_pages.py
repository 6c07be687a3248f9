"""The public pages in a real browser: they load, axe-core finds no WCAG A/AA violation, and
they hold at 320 px wide and at 200 % zoom; a learner can find and follow lessons."""

import pytest

from .conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_public_pages_load_and_pass_axe(site_url, page, axe, demo_paths):
    violations = []
    for name, path in demo_paths["paths"].items():
        response = page.goto(f"{site_url}{path}")
        assert response.status == 200, f"{path}: {response.status}"
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.locator("main#contenu").count() == 1
        assert page.locator("h1").count() == 1
        violations += axe_violations(axe, page)
        screenshot(page, f"desktop-{name}")
    assert violations == []


def test_not_found_page_passes_axe(site_url, page, axe):
    response = page.goto(f"{site_url}/n-existe-pas/")
    assert response.status == 404
    assert "introuvable" in page.locator("h1").inner_text()
    assert axe_violations(axe, page) == []


def test_every_lesson_of_the_demo_passes_axe(site_url, page, axe, demo_paths):
    violations = []
    for path in demo_paths["lessons"]:
        assert page.goto(f"{site_url}{path}").status == 200
        violations += axe_violations(axe, page)
    assert len(demo_paths["lessons"]) >= 24
    assert violations == []


@pytest.mark.parametrize(("width", "label"), [(320, "320px"), (640, "zoom-200")])
def test_pages_fit_a_small_screen_and_200_percent_zoom(site_url, browser, demo_paths, width, label):
    # 200 % zoom on a 1280 px wide screen leaves 640 CSS pixels.
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        for name in ("home", "course", "lesson", "eadmin-lesson", "search", "glossary"):
            page.goto(f"{site_url}{demo_paths['paths'][name]}")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {label}"
            screenshot(page, f"{label}-{name}")
    finally:
        context.close()


def test_base_text_is_at_least_18px(site_url, page):
    page.goto(f"{site_url}/")
    size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 18


def test_keyboard_reaches_the_skip_link_first(site_url, page, demo_paths):
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    page.keyboard.press("Tab")
    assert "skip-link" in page.evaluate("document.activeElement.className")
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#contenu"


def test_next_and_previous_lesson(site_url, page, demo_paths):
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    first_title = page.locator("h1").inner_text()
    page.get_by_role("link", name="Leçon suivante").click()
    assert page.locator("h1").inner_text() != first_title
    assert "leçon 2 sur" in page.locator(".eyebrow").inner_text()
    page.get_by_role("link", name="Leçon précédente").click()
    assert page.locator("h1").inner_text() == first_title


def test_search_from_the_home_page(site_url, page):
    page.goto(f"{site_url}/")
    page.get_by_label("Que voulez-vous apprendre ?").fill("souris")
    page.get_by_role("button", name="Rechercher").click()
    assert "/recherche/" in page.url
    assert page.locator(".result-list a").count() >= 1
    page.locator(".result-list").last.locator("a").first.click()
    assert page.locator("article.lesson h1").count() == 1


def test_english_is_available(site_url, page):
    page.goto(f"{site_url}/")
    page.get_by_label("Langue").select_option("en")
    page.get_by_role("button", name="Changer").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Skip to content").count() == 1


def test_print_stylesheet_keeps_the_lesson_only(site_url, page, demo_paths):
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".pager").is_visible()
    assert page.locator(".lesson__body").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_a_visitor_answers_an_exercise_on_a_lesson_from_the_page_cache(
    site_url, browser, demo_paths
):
    """Issue 25: a visitor's lesson comes whole from the shared cache, with no CSRF token in
    it; the exercise on it still answers (a visitor posts without a token)."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        radio = "[data-exercise='single_choice'] input[type=radio]"
        lesson = next(
            path
            for path in demo_paths["lessons"]
            if page.goto(f"{site_url}{path}") and page.locator(radio).count()
        )
        response = page.goto(f"{site_url}{lesson}")
        assert response.headers.get("x-page-cache") == "hit"
        assert page.locator("input[name=csrfmiddlewaretoken]").count() == 0
        exercise = page.locator("[data-exercise='single_choice']").first
        exercise.locator("input[type=radio]").first.check()
        exercise.get_by_role("button", name="Vérifier ma réponse").click()
        expect(exercise.locator(".exercise__feedback")).to_contain_text("Bonnes réponses")
        screenshot(page, "visitor-lesson-from-the-page-cache")
    finally:
        context.close()
