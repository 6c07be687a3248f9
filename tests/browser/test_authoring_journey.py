"""A new facilitator writes a lesson alone, from the admin's dashboard to a published lesson
with three steps and a multiple-choice exercise made in place, and a learner sees it.

Every click and keystroke of the facilitator is counted (a triple-click to select a paragraph
counts three, a typed text counts its characters): the figures are printed and written to
``test-artifacts/authoring-actions.txt``, and bounded so that a change that adds work to the
path fails here. axe-core checks the learner's page."""

import re

import pytest

from demo.content import pc_basics

from .conftest import (
    ARTIFACTS,
    FACILITATOR,
    axe_violations,
    create_learners,
    screenshot,
    sign_in,
    signed_in,
)

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

COURSE = pc_basics.TRACK["title"]
TITLE = "Ouvrir un navigateur internet"
STEPS = [
    "Cliquez sur le bouton Démarrer.",
    "Cliquez sur Firefox.",
    "Attendez que la page d'accueil s'affiche.",
]
QUESTION = "Lesquels sont des navigateurs internet ?"


class Actions:
    """The facilitator's hands: each call counts what a person would do."""

    def __init__(self, page):
        self.page = page
        self.clicks = 0
        self.keys = 0

    def click(self, locator, count=1):
        locator.click(click_count=count)
        self.clicks += count

    def type(self, locator, text):
        """Click into a field and type: a text field is filled, a rich text typed key by key
        (Playwright's fill counts as the same keystrokes)."""
        locator.click()
        self.clicks += 1
        if locator.evaluate("node => node.isContentEditable"):
            self.page.keyboard.type(text)
        else:
            locator.fill(text)
        self.keys += len(text)

    def replace_paragraph(self, paragraph, text):
        """Select a paragraph with a triple-click and type over it."""
        self.click(paragraph, count=3)
        self.page.keyboard.type(text)
        self.keys += len(text)


def test_a_new_facilitator_writes_and_publishes_a_lesson(browser, site_url, page, axe):
    learner = create_learners(browser, site_url, ["Odette"])[0]
    sign_in(page, site_url, *FACILITATOR)
    page.goto(f"{site_url}/admin/")
    hands = Actions(page)
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        # The dashboard: « Ajouter une leçon à … » opens the house outline.
        hands.click(page.locator("[data-add-lesson-list] a").filter(has_text=COURSE))
        expect(page.get_by_text("Ce que vous allez apprendre").first).to_be_visible()
        expect(page.locator(".help-critical, .w-field__errors .error-message")).to_have_count(0)
        hands.type(page.locator("#id_title"), TITLE)
        hands.type(page.locator("#id_summary"), "Vous saurez ouvrir Firefox.")
        editors = page.locator(".public-DraftEditor-content")
        hands.replace_paragraph(
            editors.get_by_text(re.compile("^À compléter : en deux phrases")),
            "Le navigateur sert à aller sur internet.",
        )
        steps = page.locator('[data-contentpath="instruction"] .public-DraftEditor-content')
        expect(steps).to_have_count(3)
        for index, text in enumerate(STEPS):
            hands.type(steps.nth(index), text)
        hands.replace_paragraph(
            editors.get_by_text(re.compile("^À compléter : l'essentiel")),
            "Firefox, Chrome et Edge sont des navigateurs.",
        )

        # The question: made in place, from the exercise block's chooser.
        exercise_block = page.locator('[data-contentpath="exercise"]').first
        hands.click(exercise_block.get_by_role("button").first)
        hands.click(page.get_by_role("tab", name="Créer un exercice"))
        modal = page.locator("form[data-chooser-modal-creation-form]")
        hands.type(modal.locator("#id_exercice-title"), "Reconnaître un navigateur")
        hands.click(modal.locator(".c-sf-add-button").first)
        hands.click(page.locator(".w-combobox").get_by_text("Choix multiple", exact=True).first)
        hands.type(modal.locator("#exercice-body-0-value-question"), QUESTION)
        hands.type(modal.locator("#exercice-body-0-value-choices-0-value-text"), "Firefox")
        hands.click(modal.locator("#exercice-body-0-value-choices-0-value-correct"))
        hands.type(modal.locator("#exercice-body-0-value-choices-1-value-text"), "Word")
        hands.click(modal.get_by_role("button", name="Voir l'aperçu"))
        preview = modal.frame_locator("[data-exercise-preview-frame]")
        message = modal.locator("[data-exercise-preview-message]")
        try:
            expect(preview.get_by_text(QUESTION)).to_be_visible(timeout=20_000)
        except AssertionError:
            print("preview message:", message.inner_text())
            modal.locator("[data-exercise-preview-area]").scroll_into_view_if_needed()
            raise
        area = modal.locator("[data-exercise-preview-area]")
        area.scroll_into_view_if_needed()
        area.screenshot(path=str(ARTIFACTS / "authoring-exercise-preview.png"))
        hands.click(modal.locator("button[type=submit]"))
        expect(exercise_block.get_by_text("Reconnaître un navigateur")).to_be_visible()

        # Publish: the more-actions arrow of the footer, then « Publier ».
        hands.click(page.locator("footer [data-w-dropdown-target='toggle']").first)
        hands.click(page.get_by_role("button", name="Publier"))
        expect(page.get_by_text(re.compile("a été publiée"))).to_be_visible()
    except Exception:
        screenshot(page, "authoring-journey-failure")
        raise

    figures = f"after: {hands.clicks} clicks, {hands.keys} keystrokes"
    (ARTIFACTS / "authoring-actions.txt").write_text(figures + "\n")
    print(figures)
    assert hands.clicks <= 25

    # The learner sees it, answers the question, and the page passes axe-core.
    context, learner_page = signed_in(
        browser, site_url, learner, viewport={"width": 375, "height": 800}
    )
    try:
        learner_page.goto(f"{site_url}/")
        learner_page.get_by_role("link", name=COURSE).first.click()
        learner_page.get_by_role("link", name=TITLE).click()
        expect(learner_page.get_by_role("heading", name=TITLE)).to_be_visible()
        for text in STEPS:
            expect(learner_page.get_by_text(text)).to_be_visible()
        expect(learner_page.get_by_text(QUESTION)).to_be_visible()
        learner_page.get_by_label("Firefox").check()
        learner_page.get_by_role("button", name=re.compile("Vérifier")).first.click()
        expect(learner_page.get_by_text(re.compile("Bravo"))).to_be_visible()
        screenshot(learner_page, "authoring-learner-lesson")
        assert axe_violations(axe, learner_page) == []
    finally:
        context.close()
