"""A new facilitator writes a lesson alone, from the admin's dashboard to a published lesson
with three steps, an annotated screenshot and a multiple-choice exercise made in place; then a
learner sees it.

The screenshot is sent from the first step's own image chooser (« Transférer »), then annotated
in the image's editor, opened from the chosen image in a new tab: a numbered marker, an arrow
and a blurred area over a person's name. The exercise is written in the exercise block's
chooser (« Créer un exercice »).

Every click and keystroke of the facilitator is counted (a triple-click to select a paragraph
counts three, a typed text counts its characters, a drag counts one click, picking a file in
the system's dialog a double-click, closing the image's tab one click): the figures are
printed and written to ``test-artifacts/authoring-actions.txt``, and bounded so that a change
that adds work to the path fails here. The learner's page shows the drawn picture, named in
words, never the original with the name, and passes axe-core."""

import json
import re
import urllib.error
import urllib.request

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
from .hands import Actions, drag

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

COURSE = pc_basics.TRACK["title"]
TITLE = "Ouvrir un navigateur internet"
STEPS = [
    "Cliquez sur le bouton Démarrer.",
    "Cliquez sur Firefox.",
    "Attendez que la page d'accueil s'affiche.",
]
SCREEN_ALT = "Le bureau de Windows, avec le bouton Démarrer en bas à gauche."
MARKER = "le bouton Démarrer"
QUESTION = "Lesquels sont des navigateurs internet ?"
# The path measured (42 clicks, 389 keystrokes): one click more fails here.
MAX_CLICKS = 42

ORIGINAL = """
import json
from wagtail.images import get_image_model
image = get_image_model().objects.filter(title=%r).latest("pk")
print(json.dumps({"original": image.file.url, "shapes": len(image.annotations["shapes"])}))
"""


def desktop_screenshot(path):
    """A made-up Windows desktop: a taskbar with « Démarrer », and a person's name in the
    corner, the kind of thing to blur before a screenshot goes into a lesson."""
    from PIL import Image, ImageDraw

    from images.fonts import font

    picture = Image.new("RGB", (800, 500), (40, 110, 170))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 450, 800, 500), fill=(30, 30, 40))
    draw.rectangle((8, 458, 128, 492), fill=(60, 120, 200))
    draw.text((20, 464), "Démarrer", fill="white", font=font(20))
    draw.text((520, 20), "Odette Martin", fill="white", font=font(28))
    draw.rectangle((40, 40, 110, 110), fill=(230, 120, 30))
    draw.text((38, 116), "Firefox", fill="white", font=font(18))
    picture.save(path)
    return path


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def annotate(hands, tab):
    """The image's page, then its annotation editor: a marker on « Démarrer », named, an arrow
    to it and a blur over the name; undo is tried on the way (not counted: a check)."""
    hands.click(tab.get_by_role("link", name="Annoter l'image (repères, flèches, zones masquées)"))
    stage = tab.locator("[data-stage]")
    expect(stage.locator("img")).to_be_visible()
    stage.scroll_into_view_if_needed()
    hands.click_at(stage, 0.2, 0.95)
    expect(tab.get_by_label("Ce que montre le repère 1", exact=False)).to_be_focused()
    hands.keyboard(tab, MARKER)
    hands.click(tab.get_by_role("button", name="Flèche"))
    hands.drag(stage, (0.4, 0.7), (0.23, 0.88))
    hands.click(tab.get_by_role("button", name="Flouter une zone"))
    hands.drag(stage, (0.63, 0.02), (0.98, 0.12))
    expect(tab.locator("[data-list] > li")).to_have_count(3)
    tab.get_by_role("button", name="Annuler la dernière action").click()
    expect(tab.locator("[data-list] > li")).to_have_count(2)
    drag(stage, (0.63, 0.02), (0.98, 0.12))
    expect(tab.locator("[data-list] > li")).to_have_count(3)
    expect(tab.locator("img[data-preview-image][data-ready]")).to_be_visible()
    screenshot(tab, "authoring-annotations-editor")
    hands.click(tab.get_by_role("button", name="Enregistrer les annotations"))
    expect(tab.locator("body")).to_contain_text("sont enregistrées")
    saved = json.loads(tab.locator("[data-field]").input_value())
    assert [shape["kind"] for shape in saved["shapes"]] == ["marker", "arrow", "blur"]


def test_a_new_facilitator_writes_and_publishes_a_lesson(
    browser, site_url, site_manage, page, axe, tmp_path
):
    learner = create_learners(browser, site_url, ["Odette"])[0]
    sign_in(page, site_url, *FACILITATOR)
    page.goto(f"{site_url}/admin/")
    upload = desktop_screenshot(tmp_path / "bureau-windows.png")
    hands = Actions()
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

        # The first step's screenshot: sent from the step's own image chooser.
        shot = page.locator('[data-contentpath="screenshot"]').first
        hands.click(shot.get_by_role("button", name="Choisir une image"))
        hands.click(page.get_by_role("tab", name="Transférer"))
        modal = page.locator(".modal-content")
        hands.pick_file(modal.locator("input[type=file]"), upload)
        hands.type(modal.get_by_label("Texte alternatif"), SCREEN_ALT)
        hands.click(modal.get_by_role("button", name="Transférer"))
        expect(shot.get_by_text("bureau-windows")).to_be_visible(timeout=20_000)

        # Annotated in the image's editor, in a new tab opened from the chosen image's menu.
        hands.click(shot.get_by_role("button", name="Actions"))
        with page.context.expect_page() as opened:
            hands.click(shot.get_by_role("link", name="Modifier cette image"))
        tab = opened.value
        annotate(hands, tab)
        tab.close()
        hands.clicks += 1

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
        expect(preview.get_by_text(QUESTION)).to_be_visible(timeout=20_000)
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
    assert hands.clicks <= MAX_CLICKS
    found = json.loads(site_manage("shell", "-c", ORIGINAL % "bureau-windows").splitlines()[-1])
    assert found["shapes"] == 3

    # The learner sees the lesson, the drawn screenshot named in words, answers the question,
    # and the page passes axe-core; the original, with the name, is not theirs to fetch.
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
        picture = learner_page.locator("img.step__screenshot").first
        picture.scroll_into_view_if_needed()
        expect(picture).to_have_attribute("alt", re.compile(f"1 : {MARKER}"))
        assert ".a" in picture.get_attribute("src")
        learner_page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
        )
        expect(learner_page.get_by_text(QUESTION)).to_be_visible()
        learner_page.get_by_label("Firefox").check()
        learner_page.get_by_role("button", name=re.compile("Vérifier")).first.click()
        expect(learner_page.get_by_text(re.compile("Bravo"))).to_be_visible()
        screenshot(learner_page, "authoring-learner-lesson")
        assert axe_violations(axe, learner_page) == []
        assert learner_page.request.get(f"{site_url}{found['original']}").status == 404
    finally:
        context.close()
    assert status_of(f"{site_url}{found['original']}") == 404
