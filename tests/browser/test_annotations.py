"""Annotated screenshots in a real browser: the facilitator draws a numbered marker, an arrow
and a blurred area on a demo screenshot in the admin, sees the server's preview, saves; a
learner then sees the drawn picture on the lesson, its markers named in the text alternative,
and neither the learner nor a visitor can fetch the original."""

import json
import re
import urllib.error
import urllib.request

import pytest

from .conftest import FACILITATOR, axe_violations, create_learners, screenshot, sign_in
from .test_learner_journey import group_of_first_names

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

FIND = """
import json
import re
from wagtail.images import get_image_model
from courses.models import LessonPage
image = get_image_model().objects.get(title="Télécharger l'attestation de droits (exemple)")
needle = '"screenshot": %d' % image.pk
lesson = next(p for p in LessonPage.objects.live().order_by("path")
              if needle in json.dumps(p.body.get_prep_value()))
print(json.dumps({"image": image.pk, "lesson": lesson.url, "original": image.file.url}))

"""


def drag(page, stage, start, end):
    box = stage.bounding_box()
    page.mouse.move(box["x"] + box["width"] * start[0], box["y"] + box["height"] * start[1])
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * end[0], box["y"] + box["height"] * end[1], steps=6)
    page.mouse.up()


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_facilitator_annotates_and_a_learner_sees_the_drawing(
    site_url, site_manage, browser, page, axe
):
    found = json.loads(site_manage("shell", "-c", FIND).strip().splitlines()[-1])
    sign_in(page, site_url, *FACILITATOR)
    page.goto(f"{site_url}/admin/images/{found['image']}/")
    page.get_by_role("link", name="Annoter l'image (repères, flèches, zones masquées)").click()
    stage = page.locator("[data-stage]")
    expect(stage.locator("img")).to_be_visible()
    # The whole screenshot on screen: the mouse draws only where the page shows.
    page.set_viewport_size({"width": 1280, "height": 1400})
    stage.scroll_into_view_if_needed()

    # A marker where the download button is, named by keyboard in the list.
    box = stage.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.75)
    label = page.get_by_label("Ce que montre le repère 1", exact=False)
    expect(label).to_be_focused()
    page.keyboard.type("le bouton Télécharger l'attestation")
    # An arrow, and a blur over the page's title.
    page.get_by_role("button", name="Flèche").click()
    drag(page, stage, (0.75, 0.9), (0.5, 0.78))
    page.get_by_role("button", name="Flouter une zone").click()
    drag(page, stage, (0.05, 0.3), (0.4, 0.38))
    expect(page.locator("[data-list] > li")).to_have_count(3)
    # Undo takes the last shape away; drawing it again puts it back.
    page.get_by_role("button", name="Annuler la dernière action").click()
    expect(page.locator("[data-list] > li")).to_have_count(2)
    drag(page, stage, (0.05, 0.3), (0.4, 0.38))
    expect(page.locator("[data-list] > li")).to_have_count(3)
    expect(page.locator("img[data-preview-image][data-ready]")).to_be_visible()
    screenshot(page, "annotations-editor")
    page.get_by_role("button", name="Enregistrer les annotations").click()
    expect(page.locator("body")).to_contain_text("sont enregistrées")
    saved = json.loads(page.locator("[data-field]").input_value())
    assert [shape["kind"] for shape in saved["shapes"]] == ["marker", "arrow", "blur"]

    # The learner sees the drawn rendition, named in words.
    (learner,) = create_learners(browser, site_url, group_of_first_names()[:1])
    context = browser.new_context(viewport={"width": 375, "height": 800})
    learner_page = context.new_page()
    try:
        sign_in(learner_page, site_url, *learner)
        learner_page.goto(f"{site_url}{found['lesson']}")
        shot = learner_page.locator("img.step__screenshot[src*='eadmin-sante-attestation']").first
        shot.scroll_into_view_if_needed()
        expect(shot).to_have_attribute("alt", re.compile("1 : le bouton Télécharger l'attestation"))
        assert ".a" in shot.get_attribute("src")
        learner_page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=shot.element_handle()
        )
        screenshot(learner_page, "annotations-learner-lesson")
        assert axe_violations(axe, learner_page) == []
        # The original, with what was blurred, answers « not found » to the learner…
        response = learner_page.request.get(f"{site_url}{found['original']}")
        assert response.status == 404
    finally:
        context.close()
    # …and to a visitor.
    assert status_of(f"{site_url}{found['original']}") == 404
