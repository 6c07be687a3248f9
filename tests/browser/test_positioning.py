"""« Par où commencer ? » in Chromium: every question and the result pass axe-core in the default
theme and in high contrast, without JavaScript too; nothing scrolls sideways on a phone; the
facilitator's pages pass axe as well; a result taken before signing in is kept on request."""

import re

import pytest

from .conftest import (
    FACILITATOR,
    THEMES,
    axe_violations,
    create_learners,
    fill_sign_in,
    new_context,
    screenshot,
    sign_in,
)
from .test_accessibility import overflow

pytestmark = pytest.mark.browser

START = "/par-ou-commencer/"


def answer_every_question(page, site_url, check):
    """Walks through the questions the way a learner does, calling `check` on each page."""
    page.goto(f"{site_url}{START}")
    check("start")
    page.get_by_role("button", name="Commencer", exact=True).click()
    steps = [
        lambda: page.get_by_role("button", name="Vert").click(),
        lambda: (
            page.get_by_label("Votre prénom").fill("Josiane"),
            page.get_by_role("button", name="Continuer").click(),
        ),
        lambda: (
            page.get_by_label("J'ai lu").check(),
            page.get_by_role("button", name="Continuer").click(),
        ),
        lambda: page.get_by_role("link", name="Question suivante").click(),
        lambda: page.get_by_role("button", name="Un peu").click(),
        lambda: page.get_by_role("button", name="Je ne sais pas").click(),
        lambda: page.get_by_role("button", name="Non").click(),
        lambda: page.get_by_role("button", name="Je ne cherche pas d'emploi").click(),
    ]
    for number, act in enumerate(steps, start=1):
        page.wait_for_url(re.compile(rf"{START}{number}/$"))
        assert page.get_by_text(f"Question {number} sur {len(steps)}").is_visible()
        check(f"step-{number}")
        act()
    page.wait_for_url(re.compile(rf"{START}resultat/$"))
    check("result")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_every_question_and_the_result_pass_axe(site_url, browser, axe, theme, script):
    context = new_context(browser, site_url, theme, java_script_enabled=script)
    page = context.new_page()
    violations = []

    def check(name):
        violations.extend(axe_violations(axe, page) if script else [])
        if not script:  # axe needs a script; without one, the walk itself is the test
            return
        screenshot(page, f"positioning-{theme}-{name}")

    answer_every_question(page, site_url, check)
    text = page.locator("main").inner_text()
    assert "Naviguer sur Internet" not in text.split("Où vous en êtes")[0]  # at ease there
    assert "E-mail et bureautique" in text
    context.close()
    assert violations == []


def test_the_questions_fit_a_phone(site_url, browser):
    context = new_context(browser, site_url, "t3c1e1m0", viewport={"width": 320, "height": 800})
    page = context.new_page()
    wide = []

    def check(name):
        if overflow(page) > 0:
            wide.append(f"{name} by {overflow(page)}px")
            screenshot(page, f"positioning-wide-{name}")

    answer_every_question(page, site_url, check)
    context.close()
    assert wide == []


def test_the_facilitator_pages_pass_axe(site_url, browser, axe):
    learner = create_learners(browser, site_url, ["Gisèle"])[0]
    context = new_context(browser, site_url, "default")
    page = context.new_page()
    sign_in(page, site_url, *FACILITATOR)
    page.goto(f"{site_url}/animation/positionnement/")
    violations = axe_violations(axe, page)
    page.get_by_role("link", name="Faire avec Gisèle").first.click()
    violations += axe_violations(axe, page)
    page.get_by_role("button", name="Commencer avec Gisèle").click()
    assert page.get_by_text("Positionnement avec Gisèle").is_visible()
    violations += axe_violations(axe, page)
    for _ in range(8):
        page.get_by_role("button", name="Je ne sais pas").click()
    page.wait_for_url(re.compile(r"/resultat/$"))
    assert "le résultat de Gisèle" in page.locator("h1").inner_text()
    violations += axe_violations(axe, page)
    page.goto(f"{site_url}/animation/positionnement/")
    screenshot(page, "positioning-results")
    assert page.get_by_role("row").filter(has_text=learner[0]).count() == 1
    violations += axe_violations(axe, page)
    context.close()
    assert violations == []


def test_a_result_taken_before_signing_in_is_kept(site_url, browser, axe):
    learner = create_learners(browser, site_url, ["Huguette"])[0]
    context = new_context(browser, site_url, "default")
    page = context.new_page()
    answer_every_question(page, site_url, lambda name: None)
    page.get_by_role("link", name="Se connecter pour garder ce résultat").click()
    fill_sign_in(page, *learner)
    page.wait_for_url(re.compile(rf"{START}resultat/$"))
    violations = axe_violations(axe, page)
    screenshot(page, "positioning-keep")
    page.get_by_role("button", name="Oui, garder mon résultat").click()
    assert page.get_by_text("C'est gardé").is_visible()
    assert page.get_by_role("button", name="Oui, garder mon résultat").count() == 0
    violations += axe_violations(axe, page)
    context.close()
    # The facilitator's list now has it.
    context = new_context(browser, site_url, "default")
    page = context.new_page()
    sign_in(page, site_url, *FACILITATOR)
    page.goto(f"{site_url}/animation/positionnement/")
    row = page.get_by_role("row").filter(has_text=learner[0])
    assert "E-mail et bureautique" in row.inner_text()
    context.close()
    assert violations == []
