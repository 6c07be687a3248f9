"""Every kind of page a learner meets, in Debian's Chromium: axe-core finds no WCAG 2.2 A/AA
violation in the default theme nor in high contrast; nothing scrolls sideways at 320 px, at
200 % text or with the largest reading size; the keyboard alone reaches every control, and
each one shows where the focus is."""

import json

import pytest

from .conftest import (
    ARTIFACTS,
    THEMES,
    axe_violations,
    create_learners,
    new_context,
    screenshot,
    signed_in,
)
from .test_learner_journey import group_of_first_names

pytestmark = pytest.mark.browser

SIGNED_IN = {
    "my-path": "/mon-parcours/",
    "account": "/mon-compte/",
    "my-mentors": "/mon-ange-gardien/",
    "my-questions": "/mes-questions/",
}

# What the keyboard must reach: whatever is shown and can take the focus by Tab.
FOCUSABLE = (
    "a[href], button, input:not([type='hidden']), select, textarea, summary, iframe, "
    "[tabindex]:not([tabindex='-1'])"
)
COLLECT = """focusable => {
  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden"
    && !el.closest("[inert], details:not([open]) > :not(summary)");
  return [...document.querySelectorAll(focusable)].filter(el => !el.disabled && shown(el))
    .filter(el => !(el.type === "radio" && !el.checked &&
      document.querySelector(`input[type=radio][name="${el.name}"]:checked`)))
    .filter(el => !(el.type === "radio" && !el.checked && el !== document.querySelector(
      `input[type=radio][name="${el.name}"]`)))
    .map((el, i) => { el.dataset.kb = String(i); return i; });
}"""
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) { return null; }
  // The control's own ring, or its card's (a whole card that is one link shows it around).
  const ringed = node => {
    const style = getComputedStyle(node);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
      || style.boxShadow !== "none";
  };
  let visible = ringed(el);
  for (let up = el.parentElement, n = 0; up && n < 3 && !visible; up = up.parentElement, n++) {
    visible = up.matches(":focus-within") && ringed(up);
  }
  return { kb: el.dataset.kb ?? null, visible: visible,
           what: el.outerHTML.slice(0, 120) };
}"""


@pytest.fixture(scope="module")
def learner(site_url, browser):
    return create_learners(browser, site_url, group_of_first_names()[:1])[0]


@pytest.fixture(scope="module")
def pages(demo_paths):
    paths = dict(demo_paths["paths"])
    paths["sign-in"] = "/connexion/"
    return paths


def overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_high_contrast_public_pages_and_every_lesson_pass_axe(
    site_url, browser, axe, pages, demo_paths
):
    context = new_context(browser, site_url, "contrast")
    page = context.new_page()
    violations = []
    for name, path in {**pages, **{p: p for p in demo_paths["lessons"]}}.items():
        assert page.goto(f"{site_url}{path}").status == 200
        assert "contrast-high" in page.evaluate("document.documentElement.className")
        violations += axe_violations(axe, page)
        if not name.startswith("/"):
            screenshot(page, f"contrast-{name}")
    context.close()
    assert violations == []


@pytest.mark.parametrize("theme", THEMES)
def test_signed_in_pages_pass_axe(site_url, browser, axe, learner, demo_paths, theme):
    context, page = signed_in(browser, site_url, learner, theme)
    violations = []
    for name, path in {**SIGNED_IN, "lesson": demo_paths["paths"]["lesson"]}.items():
        assert page.goto(f"{site_url}{path}").status == 200
        violations += axe_violations(axe, page)
        screenshot(page, f"{theme}-signed-in-{name}")
    # The reading bar open, as a learner uses it.
    page.locator("summary.reading-bar__summary").click()
    violations += axe_violations(axe, page)
    context.close()
    assert violations == []


# (width, reading cookie, extra CSS): a phone; 200 % text (the browser's text size doubled on
# a laptop screen); the largest reading size with more spacing on a phone, in high contrast.
FITS = {
    "320px": (320, "", None),
    "320px-contrast": (320, "t1c1e0m0", None),
    "text-200": (1280, "", ["font-size", "225%", "important"]),
    "text-200-narrow": (640, "", ["font-size", "225%", "important"]),
    "largest-320px": (320, "t3c1e1m0", None),
}


@pytest.mark.parametrize("case", FITS)
def test_nothing_scrolls_sideways(site_url, browser, learner, pages, demo_paths, case):
    width, cookie, css = FITS[case]
    targets = {**pages, **SIGNED_IN}
    if width == 320:  # every lesson: each block and exercise type, on a phone
        targets |= {path: path for path in demo_paths["lessons"]}
    context, page = signed_in(
        browser, site_url, learner, cookie, viewport={"width": width, "height": 800}
    )
    wide = []
    for name, path in targets.items():
        if name == "sign-in":
            continue
        page.goto(f"{site_url}{path}")
        if css:  # through the CSSOM: the site's CSP forbids a <style> element
            page.evaluate("css => document.documentElement.style.setProperty(...css)", css)
        if overflow(page) > 0:
            wide.append(f"{name} by {overflow(page)}px")
            screenshot(page, f"wide-{case}-{name.strip('/').replace('/', '-')}")
    context.close()
    assert wide == [], f"{case}: {wide}"


def tab_through(page, limit=600):
    """Presses Tab until the focus comes back to the start: [(kb id, focus visible, what)]."""
    expected = set(page.evaluate(COLLECT, FOCUSABLE))
    page.evaluate("document.activeElement && document.activeElement.blur()")
    seen, invisible, start = set(), [], None
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        key = focused["kb"] or focused["what"]
        if key == start:
            break
        start = start or key
        seen.add(focused["kb"])
        if not focused["visible"]:
            invisible.append(focused["what"])
    missing = page.evaluate(
        "ids => ids.map(i => document.querySelector(`[data-kb='${i}']`).outerHTML.slice(0, 120))",
        sorted(int(i) for i in expected - {int(k) for k in seen if k is not None}),
    )
    return missing, invisible


@pytest.mark.parametrize("theme", THEMES)
def test_the_keyboard_reaches_every_control_with_visible_focus(
    site_url, browser, learner, pages, theme
):
    context, page = signed_in(browser, site_url, learner, theme)
    problems = {}
    targets = {
        name: pages[name]
        for name in ("home", "catalogue", "course", "lesson", "eadmin-lesson", "glossary")
    }
    for name, path in {**targets, **SIGNED_IN}.items():
        page.goto(f"{site_url}{path}")
        missing, invisible = tab_through(page)
        if missing or invisible:
            problems[name] = {"not reached": missing, "focus not visible": invisible}
    context.close()
    context = new_context(browser, site_url, theme)
    page = context.new_page()
    page.goto(f"{site_url}/connexion/")
    missing, invisible = tab_through(page)
    if missing or invisible:
        problems["sign-in"] = {"not reached": missing, "focus not visible": invisible}
    context.close()
    # What was missed, readable after a failure.
    (ARTIFACTS / f"keyboard-{theme}.json").write_text(json.dumps(problems, indent=1))
    assert problems == {}
