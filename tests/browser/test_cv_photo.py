"""The CV photo framed in Chromium: a picture of four coloured quarters; the learner places the
3 × 4 frame on one quarter — by touch at 320 px, by mouse at 1280 px, and by keyboard alone
with a quarter turn — and the photo the site stored is that quarter's colour, read back pixel
by pixel. axe-core finds nothing with the frame on screen, in the default theme and in high
contrast, and nothing scrolls sideways."""

import io
import re

import pytest
from PIL import Image

from .conftest import axe_violations, create_learners, new_context, screenshot, sign_in
from .test_accessibility import overflow

pytestmark = pytest.mark.browser

RED, BLUE, GREEN, YELLOW = (220, 30, 30), (30, 60, 220), (30, 170, 60), (240, 210, 30)
RUNS = [(320, "default"), (1280, "contrast")]


def quarters(path):
    """1200 × 900: red top left, blue top right, green bottom left, yellow bottom right."""
    image = Image.new("RGB", (1200, 900))
    for box, colour in [
        ((0, 0, 600, 450), RED),
        ((600, 0, 1200, 450), BLUE),
        ((0, 450, 600, 900), GREEN),
        ((600, 450, 1200, 900), YELLOW),
    ]:
        image.paste(colour, box)
    image.save(path, "JPEG", quality=95)
    return path


def near(colour, expected, slack=45):
    return all(abs(a - b) <= slack for a, b in zip(colour, expected, strict=True))


@pytest.fixture(scope="module")
def framers(browser, site_url):
    return create_learners(browser, site_url, ["Marcelle", "Yvon"])


def stored_photo(page, site_url):
    """The photo the site keeps, fetched with the learner's own session."""
    src = page.locator(".jobsearch__photo img").get_attribute("src")
    response = page.request.get(f"{site_url}{src}")
    assert response.status == 200
    return Image.open(io.BytesIO(response.body())).convert("RGB")


def all_of(image, colour):
    """The centre and points near each corner are all `colour`: the frame held one quarter."""
    w, h = image.size
    points = [(w // 2, h // 2), (15, 15), (w - 15, 15), (15, h - 15), (w - 15, h - 15)]
    return [image.getpixel(p) for p in points if not near(image.getpixel(p), colour)]


def touch_drag(page, context, box, dx, dy):
    """A finger on the frame, moved by (dx, dy) in small steps, then lifted."""
    cdp = context.new_cdp_session(page)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 11):
        point = {"x": x + dx * step / 10, "y": y + dy * step / 10}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


@pytest.mark.parametrize(("width", "theme"), RUNS, ids=[f"{w}-{t}" for w, t in RUNS])
def test_the_learner_frames_the_photo(site_url, browser, axe, framers, tmp_path, width, theme):
    who = framers[RUNS.index((width, theme))]
    touch = width == 320
    context = new_context(
        browser, site_url, theme, viewport={"width": width, "height": 800}, has_touch=touch
    )
    page = context.new_page()
    sign_in(page, site_url, *who)
    violations, wide = [], []

    def check(name):
        violations.extend(axe_violations(axe, page))
        if overflow(page) > 0:
            wide.append(name)
        screenshot(page, f"cv-photo-{width}-{theme}-{name}")

    page.goto(f"{site_url}/mon-cv/")
    page.get_by_role("button", name="Commencer mon CV").click()
    page.wait_for_url(re.compile(r"/question/identite/$"))
    photo_step = re.sub(r"identite/$", "photo/", page.url)
    page.goto(photo_step)
    tool = page.locator("[data-crop-tool]")
    assert tool.is_hidden()
    picture = quarters(tmp_path / "quatre.jpg")

    # 1. By finger (320 px) or mouse (1280 px): smaller, then dragged to the bottom right.
    page.get_by_label("Votre photo").set_input_files(str(picture))
    tool.wait_for()
    check("chosen")
    for _ in range(5):
        page.get_by_role("button", name="Plus petit").click()
    frame = page.locator("[data-crop-frame]")
    frame.scroll_into_view_if_needed()
    box = frame.bounding_box()
    if touch:
        touch_drag(page, context, box, 300, 250)
    else:
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + 900, box["y"] + 900, steps=10)
        page.mouse.up()
    sent = {
        name: int(page.locator(f"[name={name}]").input_value())
        for name in ("crop_x", "crop_y", "crop_width", "crop_height")
    }
    assert sent["crop_x"] + sent["crop_width"] == 1200
    assert sent["crop_y"] + sent["crop_height"] == 900
    check("framed")
    page.get_by_role("button", name="Garder cette photo").click()
    page.get_by_text("La photo est sur votre CV.").wait_for()
    assert all_of(stored_photo(page, site_url), YELLOW) == []
    check("kept")

    # 2. By keyboard alone: a quarter turn (red, top left, goes to the top right), the frame
    # made smaller with « − » and pushed to the top right with the arrows.
    page.get_by_label("Votre photo").set_input_files(str(picture))
    tool.wait_for()
    page.get_by_role("button", name="Tourner d’un quart de tour").focus()
    page.keyboard.press("Enter")
    assert page.locator("[name=turn]").input_value() == "90"
    page.get_by_label("Votre photo").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-crop-frame')")
    for _ in range(5):
        page.keyboard.press("-")
    for _ in range(25):
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowUp")
    assert page.locator("[name=crop_y]").input_value() == "0"
    check("keyboard")
    page.get_by_role("button", name="Garder cette photo").focus()
    page.keyboard.press("Enter")
    page.get_by_text("La photo est sur votre CV.").wait_for()
    assert all_of(stored_photo(page, site_url), RED) == []

    # 3. Removed: the CV has no photo any more.
    page.get_by_role("button", name="Retirer la photo").click()
    page.get_by_text("La photo est retirée du CV.").wait_for()
    assert page.locator(".jobsearch__photo img").count() == 0
    check("removed")
    context.close()
    assert violations == []
    assert wide == []
