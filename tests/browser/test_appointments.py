"""One-to-one help in a real browser: the facilitator publishes a series of slots in one form,
a learner on a 320-px phone books one for her CV and prints the slip, the home page reminds
her, and the facilitator marks her « Venu » on the day. Every page passes axe-core (WCAG A/AA)
in the default and the high-contrast reading themes, and nothing overflows at 320 px."""

import datetime
import re
import secrets

import pytest

from .conftest import (
    FACILITATOR,
    axe_violations,
    create_learners,
    new_context,
    screenshot,
    sign_in,
)

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

PHONE = {"width": 320, "height": 720}
WIDE = {"width": 1280, "height": 900}


@pytest.fixture
def audit(axe):
    problems = []

    def check(page, name):
        problems.extend(axe_violations(axe, page))
        width = page.viewport_size["width"]
        wide = page.evaluate("document.documentElement.scrollWidth")
        if wide > width:
            problems.append(f"{page.url}: {wide} px wide at {width} px")
        screenshot(page, f"appointments-{name}-{width}")

    check.problems = problems
    return check


def flash(page):
    return page.locator("div.messages")


def slot_links(page):
    """The learner's free 09:00 slots (the demo's are in the afternoon)."""
    return page.locator("a.slot-choice").filter(has_text=re.compile(r"^09:00"))


def test_publish_a_series_book_print_and_mark_attendance(site_url, browser, audit, site_manage):
    name = "Odile" + "".join(secrets.choice("abcdefghij") for _ in range(5))
    (card,) = create_learners(browser, site_url, [name])
    day = datetime.date.today() + datetime.timedelta(days=10)
    contexts = []
    try:
        # The facilitator publishes 09:00–10:30 in 30-minute slots for three weeks: one form.
        staff_context = new_context(browser, site_url, viewport=WIDE)
        contexts.append(staff_context)
        staff = staff_context.new_page()
        sign_in(staff, site_url, *FACILITATOR)
        staff.goto(f"{site_url}/animation/rendez-vous/publier/")
        staff.get_by_label("Date (la première, pour une série)").fill(day.isoformat())
        staff.get_by_label("De", exact=True).fill("09:00")
        staff.get_by_label("À", exact=True).fill("10:30")
        staff.get_by_label("Durée de chaque créneau").select_option(label="30 minutes")
        staff.get_by_label("Pendant combien de semaines").fill("3")
        staff.get_by_label("Lieu").select_option(label="Espace Public")
        staff.get_by_label("Remarque (facultatif)").fill("Apportez votre clé USB")
        audit(staff, "publish")
        staff.get_by_role("button", name="Publier").click()
        expect(flash(staff)).to_contain_text("9 créneaux publiés")
        expect(staff.locator(".desk-slot").filter(has_text="09:00–09:30")).to_contain_text("Libre")
        audit(staff, "desk")

        # The learner, on a phone, books the first one for her CV.
        learner_context = new_context(browser, site_url, viewport=PHONE)
        contexts.append(learner_context)
        learner = learner_context.new_page()
        sign_in(learner, site_url, *card)
        learner.goto(f"{site_url}/mes-rendez-vous/")
        expect(slot_links(learner)).to_have_count(3)
        audit(learner, "mine-empty")
        slot_links(learner).first.click()
        expect(learner.locator("main")).to_contain_text("Apportez votre clé USB")
        learner.get_by_role("button", name="Réserver ce rendez-vous").click()
        expect(learner.locator("#form-errors")).to_be_focused()
        expect(learner.locator("#form-errors")).to_contain_text("Choisissez pour quoi vous venez.")
        audit(learner, "book-error")
        learner.get_by_label("Faire ou refaire mon CV").check()
        learner.get_by_role("button", name="Réserver ce rendez-vous").click()
        learner.wait_for_url(re.compile(r"/fiche/$"))
        slip = learner.locator("article.slip")
        expect(slip).to_contain_text("09:00")
        expect(slip).to_contain_text("Espace Public")
        expect(slip).to_contain_text("Faire ou refaire mon CV")
        expect(slip).to_contain_text("Les dates de vos emplois")
        audit(learner, "slip")
        # On paper: the slip alone, large, without the menu.
        learner.emulate_media(media="print")
        expect(learner.locator(".site-header")).to_be_hidden()
        expect(learner.get_by_role("button", name="Imprimer la fiche")).to_be_hidden()
        expect(slip).to_be_visible()
        screenshot(learner, "appointments-slip-print")
        learner.emulate_media(media="screen")
        learner.goto(f"{site_url}/")
        expect(learner.locator(".next-appointment")).to_contain_text("Votre prochain rendez-vous")
        expect(learner.locator(".next-appointment")).to_contain_text("09:00")
        audit(learner, "home")
        learner.goto(f"{site_url}/mes-rendez-vous/")
        expect(slot_links(learner)).to_have_count(2)
        audit(learner, "mine-booked")

        # The same pages in the high-contrast theme, at 320 px and at 1280 px.
        for viewport in (PHONE, WIDE):
            context = new_context(browser, site_url, "contrast", viewport=viewport)
            contexts.append(context)
            page = context.new_page()
            sign_in(page, site_url, *card)
            page.goto(f"{site_url}/mes-rendez-vous/")
            audit(page, "mine-contrast")
            page.locator("a", has_text="Voir et imprimer la fiche").first.click()
            audit(page, "slip-contrast")
            page.goto(f"{site_url}/mes-rendez-vous/")
            slot_links(page).first.click()
            audit(page, "book-contrast")

        # The day comes (the slot is moved to ten minutes ago); the facilitator marks « Venu ».
        site_manage(
            "shell",
            "-c",
            "import datetime\n"
            "from django.utils import timezone\n"
            "from appointments.models import Booking, Slot\n"
            f"b = Booking.objects.get(learner__first_name='{name}')\n"
            "Slot.objects.filter(pk=b.slot_id).update("
            "starts_at=timezone.now() - datetime.timedelta(minutes=10))\n",
        )
        staff.goto(f"{site_url}/animation/rendez-vous/")
        row = staff.locator(".desk-slot").filter(has_text=name)
        expect(row).to_contain_text("Faire ou refaire mon CV")
        row.get_by_role("button", name=re.compile("^Venu")).click()
        row = staff.locator(".desk-slot").filter(has_text=name)
        expect(row).to_contain_text("✓ venu")
        expect(row.get_by_role("button", name=re.compile("^Venu"))).to_have_attribute(
            "aria-pressed", "true"
        )
        audit(staff, "desk-attendance")
        row.get_by_role("link").first.click()
        expect(staff.locator("main")).to_contain_text("✓ venu")
        audit(staff, "slot")
        staff.set_viewport_size(PHONE)
        staff.goto(f"{site_url}/animation/rendez-vous/")
        audit(staff, "desk-phone")
        staff_contrast = new_context(browser, site_url, "contrast", viewport=WIDE)
        contexts.append(staff_contrast)
        page = staff_contrast.new_page()
        sign_in(page, site_url, *FACILITATOR)
        page.goto(f"{site_url}/animation/rendez-vous/?du={day.isoformat()}")
        audit(page, "desk-contrast")
    finally:
        for context in contexts:
            context.close()
    assert audit.problems == []
