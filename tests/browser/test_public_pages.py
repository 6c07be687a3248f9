"""The public pages in a real browser: they load, axe-core finds no WCAG A/AA violation, and
they hold at 320 px wide and at 200 % zoom."""

import pytest
from taggit.models import Tag

from courses.demo.loader import DemoLoader
from courses.models import CourseIndexPage, CoursePage, LessonPage

from .conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_urls(transactional_db):
    DemoLoader().run(password="demo-test-password")
    course = CoursePage.objects.live().order_by("path").first()
    e_admin = CoursePage.objects.live().filter(title__icontains="administration").first()
    tag = Tag.objects.order_by("name").first()
    return {
        "home": "/",
        "catalogue": CourseIndexPage.objects.get().url,
        "course": course.url,
        "lesson": LessonPage.objects.child_of(course).live().order_by("path").first().url,
        "eadmin-lesson": LessonPage.objects.child_of(e_admin).live().order_by("path")[1].url,
        "search": "/recherche/?q=souris",
        "search-empty": "/recherche/?q=zzzz",
        "themes": "/themes/",
        "theme": f"/themes/{tag.slug}/",
        "glossary": "/glossaire/",
        "not-found": "/n-existe-pas/",
    }


def test_public_pages_load_and_pass_axe(live_server, page, axe, demo_urls):
    violations = []
    for name, path in demo_urls.items():
        response = page.goto(f"{live_server.url}{path}")
        expected = 404 if name == "not-found" else 200
        assert response.status == expected, f"{path}: {response.status}"
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.locator("main#contenu").count() == 1
        violations += axe_violations(axe, page)
        screenshot(page, f"desktop-{name}")
    assert violations == []


def test_every_lesson_of_the_demo_passes_axe(live_server, page, axe, demo_urls):
    violations = []
    for lesson in LessonPage.objects.live().order_by("path"):
        page.goto(f"{live_server.url}{lesson.url}")
        violations += axe_violations(axe, page)
    assert violations == []


@pytest.mark.parametrize(("width", "label"), [(320, "320px"), (640, "zoom-200")])
def test_pages_fit_a_small_screen_and_200_percent_zoom(
    live_server, browser, demo_urls, width, label
):
    # 200 % zoom on a 1280 px screen leaves 640 CSS pixels.
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        for name in ("home", "course", "lesson", "eadmin-lesson", "search"):
            page.goto(f"{live_server.url}{demo_urls[name]}")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {label}"
            screenshot(page, f"{label}-{name}")
    finally:
        context.close()


def test_keyboard_reaches_the_skip_link_first(live_server, page, demo_urls):
    page.goto(f"{live_server.url}{demo_urls['lesson']}")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#contenu"


def test_next_lesson_link_walks_the_course(live_server, page, demo_urls):
    page.goto(f"{live_server.url}{demo_urls['lesson']}")
    first_title = page.locator("h1").inner_text()
    page.get_by_role("link", name="Leçon suivante").click()
    assert page.locator("h1").inner_text() != first_title
    assert "leçon 2 sur" in page.locator(".eyebrow").inner_text()
    page.get_by_role("link", name="Leçon précédente").click()
    assert page.locator("h1").inner_text() == first_title


def test_search_from_the_home_page(live_server, page, demo_urls):
    page.goto(f"{live_server.url}/")
    page.get_by_label("Que voulez-vous apprendre ?").fill("souris")
    page.get_by_role("button", name="Rechercher").click()
    assert "/recherche/" in page.url
    assert page.locator(".result-list a").count() >= 1


def test_english_is_available(live_server, page, demo_urls):
    page.goto(f"{live_server.url}/")
    page.get_by_label("Langue").select_option("en")
    page.get_by_role("button", name="Changer").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Skip to content").count() == 1
