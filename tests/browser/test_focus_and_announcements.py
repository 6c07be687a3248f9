"""What axe cannot see (issue 28), in Debian's Chromium, keyboard only: where the focus goes and
what the live regions and the accessibility tree say, in the default theme and in the largest
high-contrast text. The sort exercise keeps an item in place while its menu has the focus, the
keyboard double-click has no clock, the blanks are named by their sentence, and a form sent with
mistakes puts the focus on its summary. (The live bar and room: test_live_room.py; the glossary
bubble: test_reading.py.)"""

import re
import urllib.request

import pytest
from bs4 import BeautifulSoup

from .conftest import ARTIFACTS, FACILITATOR, create_learners, new_context, signed_in
from .test_exercises import SPECS, choose_option, tab_to
from .test_learner_journey import group_of_first_names

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

THEMES = ("default", "contrast")


def note(name, text):
    """Keeps what was announced, for the closing note of the issue."""
    ARTIFACTS.mkdir(exist_ok=True)
    with open(ARTIFACTS / "announced.txt", "a", encoding="utf-8") as out:
        out.write(f"{name}: {text}\n")


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"a11y-{name}.png"))


@pytest.fixture(scope="module")
def cards(site_url, browser):
    """Fresh learners, one per test that answers an exercise (an answered one is not reset)."""
    return create_learners(browser, site_url, group_of_first_names()[:6])


def exercise_at(site_url, demo_paths, title):
    """(lesson path, section id) of the demo exercise of that title."""
    for path in demo_paths["lessons"]:
        with urllib.request.urlopen(f"{site_url}{path}", timeout=10) as response:
            soup = BeautifulSoup(response.read(), "html.parser")
        for section in soup.select("section[data-exercise]"):
            if section.select_one("h2").get_text(strip=True) == title:
                return path, section["id"]
    raise AssertionError(f"No demo exercise titled {title}")


def focused_is_not_body(page):
    return page.evaluate("document.activeElement && document.activeElement !== document.body")


@pytest.mark.parametrize("theme", THEMES)
def test_sort_items_stay_under_the_keyboard_and_each_move_is_said(
    site_url, browser, demo_paths, cards, theme
):
    title = "À chaque geste son usage"
    value = SPECS[title]["value"]
    path, section_id = exercise_at(site_url, demo_paths, title)
    context, page = signed_in(browser, site_url, cards[THEMES.index(theme)], theme)
    try:
        page.goto(f"{site_url}{path}")
        section = page.locator(f"#{section_id}")
        unplaced = section.locator(".sorting__box--unplaced [data-sort-item]")
        live = section.locator("[data-sort-live]")
        total = unplaced.count()
        assert total == sum(len(c["items"]) for c in value["categories"])
        first = unplaced.first
        text = first.locator("[data-sort-text]").inner_text()
        category = next(c for c in value["categories"] if text in c["items"])
        index = value["categories"].index(category)
        select = first.locator("select")
        # The arrows change the menu only: the item stays, the focus too, nothing is said yet.
        choose_option(page, select, index + 1)
        expect(select).to_be_focused()
        expect(unplaced).to_have_count(total)
        expect(live).to_have_text("")
        shot(page, f"sort-arrows-{theme}")
        # Tab: the item goes to its box, the move is said, the focus is on the next item to
        # sort (not on « Vérifier ma réponse »).
        page.keyboard.press("Tab")
        expect(unplaced).to_have_count(total - 1)
        box = section.locator(".sorting__box").filter(
            has=page.get_by_role("heading", name=category["name"], exact=True)
        )
        expect(box.locator("[data-sort-item]").filter(has_text=text)).to_have_count(1)
        said = f"« {text} » est rangé dans « {category['name']} »."
        expect(live).to_have_text(said)
        expect(unplaced.first.locator("select")).to_be_focused()
        note(f"sort ({theme})", said)
        shot(page, f"sort-after-tab-{theme}")
        # Back to « Choisissez… » with the keyboard: back in « À ranger », said too.
        moved = box.locator("[data-sort-item]").filter(has_text=text).locator("select")
        tab_to(page, moved)
        page.keyboard.press("Home")
        page.keyboard.press("Shift+Tab")
        expect(unplaced).to_have_count(total)
        expect(live).to_have_text(f"« {text} » est de nouveau à ranger.")
        assert focused_is_not_body(page)
    finally:
        context.close()


def test_keyboard_double_click_waits_for_the_second_press(site_url, browser, demo_paths, cards):
    title = "Souris : le double-clic"
    path, section_id = exercise_at(site_url, demo_paths, title)
    context, page = signed_in(browser, site_url, cards[2])
    try:
        page.goto(f"{site_url}{path}")
        section = page.locator(f"#{section_id}")
        expect(section.locator(".mouse-drill__keyboard")).to_contain_text("pas de chrono")
        status = section.locator("[data-status]")
        target = section.locator("[data-target]").first
        tab_to(page, target)
        page.keyboard.press("Enter")
        said = "Premier appui fait. Appuyez encore une fois sur Entrée, quand vous voulez."
        expect(status).to_have_text(said)
        note("double-click, first Enter", said)
        # Three seconds (three times the old limit) and still waiting, no hint of slowness.
        page.wait_for_timeout(3000)
        expect(status).to_have_text(said)
        page.keyboard.press("Enter")
        expect(status).to_have_text("Cible 1 sur 5 réussie.")
        note("double-click, second Enter 3 s later", "Cible 1 sur 5 réussie.")
        # The next target takes the focus; leaving it in between starts the count again.
        target = section.locator("[data-target]").nth(1)
        expect(target).to_be_focused(timeout=3000)
        page.keyboard.press("Enter")
        page.keyboard.press("Shift+Tab")
        tab_to(page, target)
        page.keyboard.press("Enter")
        expect(status).to_have_text(said)
        page.wait_for_timeout(500)
        expect(status).to_have_text(said)  # one press after coming back: not a double-click
        shot(page, "double-click-keyboard")
    finally:
        context.close()


def test_blanks_are_named_by_their_sentence_and_described_by_their_verdict(
    site_url, browser, demo_paths, cards
):
    title = "Écrire un message : les mots qui manquent"
    path, section_id = exercise_at(site_url, demo_paths, title)
    context, page = signed_in(browser, site_url, cards[3])
    try:
        page.goto(f"{site_url}{path}")
        section = page.locator(f"#{section_id}")
        fields = section.locator("input.blank__input")
        assert fields.count() >= 2
        names = []
        for number in range(fields.count()):
            tab_to(page, fields.nth(number))
            # The accessible name, as the tree gives it to a screen reader.
            name = page.evaluate(
                """() => { const el = document.activeElement;
                    return el.labels[0].textContent; }"""
            )
            expect(fields.nth(number)).to_have_accessible_name(name)
            assert re.match(rf"^Mot manquant n° {number + 1}, dans la phrase : .*…", name), name
            names.append(name)
            page.keyboard.type("zzz" if number == 0 else "")
        note("fill-in-the-blanks names", " | ".join(names))
        tab_to(page, section.get_by_role("button", name="Vérifier ma réponse"))
        page.keyboard.press("Enter")
        wrong = section.locator("input.blank__input").first
        expect(wrong).to_have_attribute("aria-invalid", "true", timeout=10_000)
        expect(wrong).to_have_accessible_description(re.compile("^✗ Pas juste"))
        note("fill-in-the-blanks verdict", "description of blank 1: ✗ Pas juste")
        shot(page, "blanks-verdict")
    finally:
        context.close()


@pytest.mark.parametrize("theme", THEMES)
def test_a_wrong_sign_in_puts_the_focus_on_the_error_summary(site_url, browser, theme):
    context = new_context(browser, site_url, theme)
    page = context.new_page()
    try:
        page.goto(f"{site_url}/connexion/")
        tab_to(page, page.get_by_label("Identifiant", exact=True))
        page.keyboard.type("personne-inconnue")
        page.keyboard.press("Tab")
        page.keyboard.type("ABCD-EFGH")
        page.keyboard.press("Enter")
        summary = page.locator("#form-errors")
        expect(summary).to_be_focused()
        expect(page).to_have_title(re.compile(r"^Erreur : Se connecter"))
        code = page.get_by_label("Code d'accès", exact=True)
        expect(code).to_have_attribute("aria-invalid", "true")
        expect(code).to_have_accessible_description(re.compile("ne correspond pas"))
        note(f"sign-in error ({theme})", f"{page.title()} / {summary.inner_text()!r}")
        shot(page, f"sign-in-error-{theme}")
        # Tab goes on from the summary to the form's first field.
        page.keyboard.press("Tab")
        expect(page.get_by_label("Identifiant", exact=True)).to_be_focused()
    finally:
        context.close()


def test_a_session_form_with_mistakes_leads_to_each_field(site_url, browser):
    context, page = signed_in(browser, site_url, FACILITATOR)
    try:
        page.goto(f"{site_url}/animation/seances/ajouter/")
        button = page.get_by_role("button", name="Créer la séance")
        tab_to(page, button)
        page.keyboard.press("Enter")
        summary = page.locator("#form-errors")
        expect(summary).to_be_focused()
        expect(page).to_have_title(re.compile(r"^Erreur : Ajouter une séance"))
        links = summary.get_by_role("link")
        assert links.count() >= 1
        note("session form error", f"{page.title()} / {summary.inner_text()!r}")
        shot(page, "session-form-error")
        first = links.first
        target = first.get_attribute("href")
        page.keyboard.press("Tab")
        expect(first).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator(target)).to_be_focused()
        expect(page.locator(target)).to_have_attribute("aria-invalid", "true")
    finally:
        context.close()
