"""Take-home sheets in a real browser: a lesson prints as a memo (title and course, steps with
their screenshots, « À retenir », exercises reduced to what to practise, the site's name and
the page's address; no menu, bar or control), and « Mon parcours » prints as the learner's
progress sheet. Both make a PDF with pages in headless Chromium."""

import json
import re

import pytest

from .conftest import ARTIFACTS, screenshot

pytestmark = pytest.mark.browser

LEARNER = """
import json
from accounts.models import Centre
from accounts.services import learner_create
from courses.models import LessonPage
from exercises.models import Exercise
from progress import services

learner, code = learner_create(
    centre=Centre.objects.order_by("pk").first(), first_name="Marcelle", last_name="Fiche"
)
lessons = list(LessonPage.objects.live().order_by("path")[:2])
for lesson in lessons:
    services.lesson_complete(user=learner, lesson=lesson)
exercise = Exercise.objects.order_by("pk").first()
services.exercise_attempt_record(
    user=learner, lesson=lessons[0], exercise=exercise, score=1.0, passed=True, answer={}
)
print(json.dumps({
    "username": learner.username, "code": code,
    "lessons": [lesson.title for lesson in lessons], "exercise": exercise.title,
}))
"""

HIDDEN_ON_PAPER = (
    ".site-header",
    ".site-nav__toggle",
    ".site-footer",
    ".breadcrumbs",
    ".pager",
    ".reading-bar",
    ".read-aloud",
    ".offline-status",
    ".lesson__end",
    ".exercise__form",
    "[data-print]",
)


def pdf_pages(pdf):
    assert pdf.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def hidden(page, selector):
    return all(not item.is_visible() for item in page.locator(selector).all())


def test_a_lesson_prints_as_a_memo_sheet(site_url, page, demo_paths):
    path = demo_paths["paths"]["lesson"]
    page.goto(f"{site_url}{path}")
    assert page.locator(".step").count() and page.locator(".callout--remember").count()
    assert page.locator(".exercise").count()
    assert not page.locator(".print-address").is_visible()  # on paper only
    page.emulate_media(media="print")

    for selector in HIDDEN_ON_PAPER:
        assert hidden(page, selector), f"{selector} shows on paper"
    assert page.locator("h1").is_visible()
    assert page.locator(".lesson__header .eyebrow").is_visible()  # the course
    assert page.locator(".step").first.is_visible()
    assert page.locator(".step picture img").first.is_visible()
    assert page.locator(".callout--remember").first.is_visible()
    assert "À retenir" in page.locator(".callout--remember").first.inner_text()
    exercise = page.locator(".exercise").first
    assert exercise.locator(".exercise__header h2").is_visible()  # what to practise
    address = page.locator(".print-address")
    assert address.is_visible()
    assert address.inner_text() == f"Pas à Pas — {site_url}{path}"

    # Every screenshot on the sheet: lazy pictures are fetched before the PDF is made.
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_load_state("networkidle")
    screenshot(page, "print-lesson")
    # The demo's first lesson takes 25 minutes: about 3 A4 pages, not 6 half-empty ones.
    pages = pdf_pages(page.pdf(format="A4", path=ARTIFACTS / "print-lesson.pdf"))
    assert 1 <= pages <= 3, pages


def sign_in(page, site_url, username, code):
    page.goto(f"{site_url}/connexion/")
    page.get_by_label("Identifiant", exact=True).fill(username)
    page.get_by_label("Code d'accès", exact=True).fill(code)
    page.get_by_role("button", name="Entrer").click()
    page.wait_for_url(lambda url: "/connexion/" not in url)


def test_mon_parcours_prints_the_progress_sheet(site_url, page, site_manage):
    learner = json.loads(site_manage("shell", "-c", LEARNER).strip().splitlines()[-1])
    sign_in(page, site_url, learner["username"], learner["code"])
    page.goto(f"{site_url}/mon-parcours/")
    button = page.get_by_role("button", name="Imprimer ma fiche de progrès")
    assert button.is_visible()
    assert not page.locator(".progress-sheet").is_visible()
    # The button opens the browser's print dialog: here, a stand-in notes the call.
    page.evaluate("window.print = () => { window.printed = true; }")
    button.click()
    assert page.evaluate("window.printed") is True

    page.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".reading-bar", ".my-path", "[data-print]"):
        assert hidden(page, selector), f"{selector} shows on paper"
    sheet = page.locator(".progress-sheet")
    assert sheet.is_visible()
    text = sheet.inner_text()
    assert "Fiche de progrès de Marcelle Fiche" in text
    assert "Imprimée le" in text
    for title in learner["lessons"]:
        assert title in text
    assert learner["exercise"] in text and "Exercices réussis" in text
    assert re.search(r"le \d{1,2} \w+ 20\d\d", text)  # dates
    assert f"{site_url}/mon-parcours/" in text
    assert page.locator(".print-address").count() == 0  # the sheet has its own
    screenshot(page, "print-progress-sheet")
    assert pdf_pages(page.pdf(format="A4", path=ARTIFACTS / "print-progress-sheet.pdf")) >= 1
