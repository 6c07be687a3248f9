"""Take-home sheets in a real browser: a lesson prints as a memo (title and course, steps with
their screenshots, « À retenir », exercises reduced to what to practise, the site's name and
the page's address; no menu, bar or control), and « Mon parcours » prints as the learner's
progress sheet. Both make a PDF with pages in headless Chromium."""

import json
import re

import pytest

from tests.services import setup_script

from .conftest import ARTIFACTS, screenshot, sign_in

pytestmark = pytest.mark.browser

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


def test_mon_parcours_prints_the_progress_sheet(site_url, page, site_manage):
    script = setup_script(
        "learner_with_progress", first_name="Marcelle", last_name="Fiche", exercise=True
    )
    learner = json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])
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
