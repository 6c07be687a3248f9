"""The workshops' and figures' pages in Debian's Chromium: the timetable, a session, its
attendance sheet and progress grid, a learner's report, the drop-in desk, the centre's figures
and the certificates, for the facilitator; « Mes ateliers » and the certificate check for a
learner. axe-core finds no WCAG 2.2 A/AA violation in either theme, and nothing scrolls
sideways on a 320 px phone."""

import json

import pytest

from tests.services import setup_script

from .conftest import (
    FACILITATOR,
    THEMES,
    axe_violations,
    create_learners,
    screenshot,
    signed_in,
)
from .test_accessibility import overflow
from .test_learner_journey import group_of_first_names

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


# A session under way with two places for three learners: one present, one not marked yet,
# one on the waiting list; and the first learner's place tomorrow.
@pytest.fixture(scope="module")
def made(browser, site_url, site_manage):
    names = group_of_first_names()[2:5]
    learners = create_learners(browser, site_url, names)
    # A session under way with two places for three learners: one present, one not marked
    # yet, one on the waiting list; and the first learner's place tomorrow.
    script = setup_script(
        "session_under_way",
        usernames=[username for username, _ in learners],
        facilitator=FACILITATOR[0],
        room=f"Salle des pages {names[0].split()[-1]}",
        title="Atelier des pages",
        started_minutes=10,
        places=2,
        present=True,
        tomorrow=True,
    )
    ids = json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])
    return ids | {"learners": learners}


def facilitator_pages(made):
    session = made["session"]
    return {
        "timetable": "/animation/ateliers/",
        "workshop-add": "/animation/ateliers/ajouter/",
        "session-add": "/animation/seances/ajouter/",
        "session": f"/animation/seances/{session}/",
        "sheet": f"/animation/seances/{session}/feuille/",
        "session-grid": f"/animation/seances/{session}/suivi/",
        "course-grid": f"/animation/suivi/parcours/{made['course']}/",
        "learner-report": f"/animation/suivi/apprenant/{made['learner']}/",
        "desk": "/animation/accueil/",
        "figures": "/animation/chiffres/",
        "certificates": "/animation/attestations/",
    }


LEARNER_PAGES = {
    "home": "/",
    "my-sessions": "/mes-ateliers/",
    "check": "/attestation/verifier/",
}


@pytest.mark.parametrize("theme", THEMES)
def test_facilitator_pages_pass_axe(site_url, browser, axe, made, theme):
    context, page = signed_in(browser, site_url, FACILITATOR, theme)
    violations = []
    for name, path in facilitator_pages(made).items():
        assert page.goto(f"{site_url}{path}").status == 200, path
        violations += axe_violations(axe, page)
        screenshot(page, f"{theme}-facilitator-{name}")
    # After a click: the desk's « +1 » (with its message) and a « Présent » (pressed).
    page.goto(f"{site_url}/animation/accueil/")
    page.locator("button.figures__plus").first.click()
    expect(page.locator(".messages")).to_be_visible()
    violations += axe_violations(axe, page)
    page.goto(f"{site_url}/animation/seances/{made['session']}/")
    page.get_by_role("button", name="Présent").nth(1).click()
    expect(page.get_by_role("button", name="Présent").nth(1)).to_have_attribute(
        "aria-pressed", "true"
    )
    violations += axe_violations(axe, page)
    screenshot(page, f"{theme}-facilitator-session-after-click")
    context.close()
    assert violations == []


@pytest.mark.parametrize("theme", THEMES)
def test_learner_pages_pass_axe(site_url, browser, axe, made, theme):
    joined = list(THEMES).index(theme)  # one more place per theme run before this one
    context, page = signed_in(browser, site_url, made["learners"][0], theme)
    violations = []
    for name, path in LEARNER_PAGES.items():
        assert page.goto(f"{site_url}{path}").status == 200, path
        violations += axe_violations(axe, page)
        screenshot(page, f"{theme}-learner-{name}")
    expect(page.locator("body")).not_to_contain_text("Erreur")
    page.goto(f"{site_url}/")
    expect(page.locator(".next-workshop")).to_contain_text("« Atelier des pages »")
    page.goto(f"{site_url}/mes-ateliers/")
    expect(page.locator("main")).to_contain_text("Atelier des pages")
    # « Je ne pourrai pas venir » asks first; « Non » keeps the place.
    page.get_by_role("link", name="Je ne pourrai pas venir — Atelier de demain").click()
    expect(page.locator("h1")).to_have_text("Vous ne pourrez pas venir ?")
    violations += axe_violations(axe, page)
    screenshot(page, f"{theme}-learner-cancel-confirm")
    page.get_by_role("link", name="Non, je garde ma place").click()
    expect(page.get_by_text("✓ Votre place est réservée.", exact=True)).to_have_count(2 + joined)
    # Signing up alone for one of the next workshops, after saying yes.
    page.get_by_role("link", name="M'inscrire").first.click()
    expect(page.locator("h1")).to_have_text("Vous inscrire à cet atelier ?")
    violations += axe_violations(axe, page)
    screenshot(page, f"{theme}-learner-join-confirm")
    page.get_by_role("button", name="Oui, je m'inscris").click()
    expect(page.locator(".messages")).to_contain_text("votre place est réservée")
    expect(page.get_by_text("✓ Votre place est réservée.", exact=True)).to_have_count(3 + joined)
    violations += axe_violations(axe, page)
    screenshot(page, f"{theme}-learner-my-sessions-joined")
    context.close()
    assert violations == []


def test_nothing_scrolls_sideways_on_a_phone(site_url, browser, made):
    wide = []
    for who, pages in (
        (FACILITATOR, facilitator_pages(made)),
        (made["learners"][0], LEARNER_PAGES),
    ):
        context, page = signed_in(
            browser, site_url, who, "", viewport={"width": 320, "height": 800}
        )
        for name, path in pages.items():
            page.goto(f"{site_url}{path}")
            if overflow(page) > 0:
                wide.append(f"{name} by {overflow(page)}px")
                screenshot(page, f"wide-320px-{name}")
        context.close()
    assert wide == []
