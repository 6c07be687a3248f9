"""On a phone (375 px) and at 200 % zoom, the menu folds behind a « Menu » button and every
page's <h1> is in the first screen; the button opens and closes the menu by mouse and
keyboard, and axe-core finds nothing wrong in either state."""

import pytest

from .conftest import axe_violations, create_learners, screenshot, sign_in

pytestmark = pytest.mark.browser

# 200 % zoom at 1280 × 900 is a 640 × 450 CSS-pixel screen at twice the density.
SCREENS = {"phone": (375, 740, 2), "zoom-200": (640, 450, 2)}
SIGNED_IN = ["/mon-parcours/", "/mon-compte/", "/mes-questions/", "/mes-ateliers/"]


@pytest.fixture(scope="module")
def learner(site_url, browser):
    return create_learners(browser, site_url, ["Josette"])[0]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_title_is_in_the_first_screen(site_url, browser, demo_paths, learner, screen):
    width, height, scale = SCREENS[screen]
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=scale
    )
    page = context.new_page()
    try:
        sign_in(page, site_url, *learner)
        paths = list(demo_paths["paths"].values()) + demo_paths["lessons"] + SIGNED_IN
        below = []
        for path in paths:
            page.goto(f"{site_url}{path}")
            box = page.locator("h1").first.bounding_box()
            if box is None or box["y"] + box["height"] > height:
                below.append((path, box and round(box["y"] + box["height"])))
        assert below == [], f"<h1> below the first screen at {screen}: {below}"
    finally:
        context.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_the_menu_folds_and_opens(site_url, browser, axe, demo_paths, learner, screen):
    width, height, scale = SCREENS[screen]
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=scale
    )
    page = context.new_page()
    try:
        sign_in(page, site_url, *learner)
        page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
        toggle = page.get_by_role("button", name="Menu")
        my_path = page.get_by_role("link", name="Mon parcours", exact=True)
        assert toggle.is_visible() and not my_path.is_visible()
        assert toggle.get_attribute("aria-expanded") == "false"
        assert axe_violations(axe, page) == []
        screenshot(page, f"menu-folded-{screen}")
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true" and my_path.is_visible()
        assert axe_violations(axe, page) == []
        screenshot(page, f"menu-open-{screen}")
        page.keyboard.press("Escape")
        assert toggle.get_attribute("aria-expanded") == "false" and not my_path.is_visible()
        page.keyboard.press("Enter")  # the focus went back to the button
        assert my_path.is_visible()
        my_path.click()
        page.wait_for_url(f"{site_url}/mon-parcours/")
    finally:
        context.close()


def test_at_1280_px_the_menu_stays_open(site_url, page, learner):
    sign_in(page, site_url, *learner)
    assert not page.get_by_role("button", name="Menu").is_visible()
    assert page.get_by_role("link", name="Mon parcours", exact=True).is_visible()
