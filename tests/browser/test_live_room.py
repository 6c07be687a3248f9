"""The live room in Debian's Chromium: eight learners in a session happening now, each in a
browser of their own; three press « J'ai besoin d'aide », the facilitator's room shows the three
within 5 seconds (no reload), the facilitator lowers one hand and that learner's page shows
it, then sends everyone to a lesson and the learners see the proposal."""

import json
import re

import pytest

from tests.services import setup_script

from .conftest import FACILITATOR, axe_violations, create_learners, screenshot, sign_in
from .test_learner_journey import group_of_first_names

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


# A session that started five minutes ago, in a room of its own, on the first demo track.
@pytest.fixture(scope="module")
def live_session(browser, site_url, site_manage):
    names = group_of_first_names()
    learners = create_learners(browser, site_url, names)
    # A session that started five minutes ago, in a room of its own, on the first demo track.
    script = setup_script(
        "session_under_way",
        usernames=[username for username, _ in learners],
        facilitator=FACILITATOR[0],
        room=f"Salle {names[0].split()[-1]}",
        title="Atelier en direct",
        started_minutes=5,
    )
    made = json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])
    return {"session": made["session"], "learners": learners, "names": names}


def bar(page):
    return page.get_by_role("complementary", name="Atelier en cours")


def test_three_hands_reach_the_room_and_one_is_lowered(browser, site_url, live_session, axe):
    contexts = []
    try:
        learners = []
        for username, code in live_session["learners"]:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            contexts.append(context)
            page = context.new_page()
            sign_in(page, site_url, username, code)
            expect(bar(page).get_by_role("button", name="J'ai besoin d'aide")).to_be_visible()
            learners.append(page)

        facilitator_context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(facilitator_context)
        room = facilitator_context.new_page()
        errors = []
        room.on("pageerror", lambda error: errors.append(str(error)))
        sign_in(room, site_url, *FACILITATOR)
        room.goto(f"{site_url}/animation/seances/{live_session['session']}/salle/")
        rows = room.locator("tr.live-row")
        expect(rows).to_have_count(8)
        expect(room.locator("[data-room-count]")).to_have_text("Aucune main levée")

        stuck = [1, 4, 6]
        for index in stuck:
            bar(learners[index]).get_by_role("button", name="J'ai besoin d'aide").click()
            expect(
                bar(learners[index]).get_by_text("Main levée — la personne qui anime arrive")
            ).to_be_visible()

        # The room shows the three, first and in words, within 5 seconds, without a reload.
        raised = room.locator("tr.live-row--raised")
        expect(raised).to_have_count(3, timeout=5000)
        expect(room.locator("[data-room-count]")).to_have_text("3 mains levées")
        for position, index in enumerate(stuck):
            row = rows.nth(position)
            expect(row).to_contain_text(live_session["names"][index])
            expect(row).to_contain_text("Main levée depuis")
        expect(room.locator("[data-room-announce]")).to_contain_text("Nouvelle main levée")
        screenshot(room, "live-room-three-hands")
        assert axe_violations(axe, room) == []

        # The facilitator comes to the first one and lowers their hand.
        first = live_session["names"][stuck[0]]
        rows.filter(has_text=first).get_by_role("button", name="Baisser la main").click()
        expect(raised).to_have_count(2, timeout=5000)
        expect(rows.filter(has_text=first)).not_to_contain_text("Main levée")
        # … which the learner's page then shows (it polls every 5 seconds).
        learner = learners[stuck[0]]
        expect(bar(learner).get_by_role("button", name="J'ai besoin d'aide")).to_be_visible(
            timeout=8000
        )
        expect(bar(learner).get_by_text("Main levée — la personne qui anime arrive")).to_be_hidden()
        # The two others still wait.
        expect(
            bar(learners[stuck[1]]).get_by_text("Main levée — la personne qui anime arrive")
        ).to_be_visible()

        # « Tout le monde page 3 »: a calm proposal on each learner's page, never a jump.
        room.get_by_label("Leçon du parcours").select_option(index=1)
        room.get_by_role("button", name="Envoyer tout le monde").click()
        lesson_title = room.locator(".live-goto a").first.inner_text()
        learner = learners[0]
        url_before = learner.url
        proposal = bar(learner).locator("[data-goto]")
        expect(proposal).to_contain_text("La personne qui anime propose d'aller à", timeout=8000)
        expect(proposal).to_contain_text(lesson_title)
        assert learner.url == url_before
        screenshot(learner, "live-bar-goto")
        assert axe_violations(axe, learner) == []
        proposal.get_by_role("link", name="Y aller").click()
        expect(learner.locator("h1")).to_have_text(lesson_title)
        assert errors == []
    finally:
        for context in contexts:
            context.close()


def test_live_changes_are_said_and_never_drop_the_focus(browser, site_url, live_session):
    """Keyboard only (issue 28): the room patches its rows in place, so the focus stays on the
    button it was on while another hand goes up; lowering a hand leaves the focus on that
    person's name; the learner hears the hand lowered and the proposed lesson, the focus going
    from the vanished « Baisser ma main » to « J'ai besoin d'aide »; a pause holds the table."""
    from .test_exercises import tab_to
    from .test_focus_and_announcements import note, shot

    body_has_focus = "document.activeElement === document.body"
    names = live_session["names"]
    contexts = []
    try:
        pages = []
        for index in (5, 7):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            contexts.append(context)
            page = context.new_page()
            sign_in(page, site_url, *live_session["learners"][index])
            pages.append(page)
        other, learner = pages
        room_context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(room_context)
        room = room_context.new_page()
        sign_in(room, site_url, *FACILITATOR)
        room.goto(f"{site_url}/animation/seances/{live_session['session']}/salle/")
        rows = room.locator("tr.live-row")

        # The learner raises a hand with the keyboard; the focus goes to « Baisser ma main ».
        raise_button = bar(learner).get_by_role("button", name="J'ai besoin d'aide")
        tab_to(learner, raise_button)
        learner.keyboard.press("Enter")
        lower_own = bar(learner).get_by_role("button", name="Baisser ma main")
        expect(lower_own).to_be_focused()

        # The facilitator is on that person's « Baisser la main » when another hand goes up.
        mine = rows.filter(has_text=names[7])
        lower = mine.get_by_role("button", name="Baisser la main")
        expect(lower).to_be_visible(timeout=5000)
        tab_to(room, lower)
        lower.evaluate("button => { button.dataset.kept = 'yes'; }")
        bar(other).get_by_role("button", name="J'ai besoin d'aide").click()
        announce = room.locator("[data-room-announce]")
        expect(announce).to_have_text(f"Nouvelle main levée : {names[5]}", timeout=5000)
        expect(rows.filter(has_text=names[5])).to_have_class(re.compile("live-row--raised"))
        assert room.evaluate("document.activeElement.dataset.kept") == "yes"  # the same node
        note("room, a hand goes up", f"focus kept on « Baisser la main »; {announce.inner_text()}")
        shot(room, "room-focus-kept")

        # Enter lowers it: the button goes, the focus lands on the person's name.
        room.keyboard.press("Enter")
        expect(mine).not_to_have_class(re.compile("live-row--raised"), timeout=5000)
        expect(mine.locator("th")).to_be_focused()
        assert not room.evaluate(body_has_focus)

        # The learner is told, and the focus is on the button that took the place of the gone one.
        said = learner.locator("[data-live-announce]")
        expect(said).to_have_text("La personne qui anime a baissé votre main.", timeout=8000)
        expect(raise_button).to_be_focused()
        note("live bar, hand lowered", f"{said.inner_text()} (focus on « J'ai besoin d'aide »)")
        shot(learner, "live-bar-lowered")

        # A proposed lesson is said too (polite), without moving the focus.
        room.get_by_label("Leçon du parcours").select_option(index=2)
        room.get_by_role("button", name="Envoyer tout le monde").click()
        title = room.locator(".live-goto a").first.inner_text()
        expect(said).to_have_text(
            f"La personne qui anime propose d'aller à : {title}. Le lien « Y aller » est dans "
            "la barre Atelier en cours.",
            timeout=8000,
        )
        expect(raise_button).to_be_focused()
        note("live bar, proposal", said.inner_text())
        shot(learner, "live-bar-proposal")

        # The pause: nothing changes in the table until « Reprendre ».
        pause = room.get_by_role("button", name="Mettre en pause les mises à jour")
        tab_to(room, pause)
        room.keyboard.press("Enter")
        resume = room.get_by_role("button", name="Reprendre les mises à jour")
        expect(resume).to_be_focused()
        expect(room.locator("[data-room-status]")).to_have_text(
            "Mises à jour en pause : le tableau ne change plus."
        )
        bar(other).get_by_role("button", name="Baisser ma main").click()
        room.wait_for_timeout(4000)  # more than one poll
        held = rows.filter(has_text=names[5])
        expect(held).to_have_class(re.compile("live-row--raised"))
        shot(room, "room-paused")
        room.keyboard.press("Enter")
        expect(held).not_to_have_class(re.compile("live-row--raised"), timeout=5000)
        expect(room.get_by_role("button", name="Mettre en pause les mises à jour")).to_be_focused()
        assert not room.evaluate(body_has_focus)
    finally:
        for context in contexts:
            context.close()
