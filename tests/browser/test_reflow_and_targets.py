"""What axe does not measure (issue 28, items 5, 9, 10), on every page a learner meets, in
Debian's Chromium: no element sticks out of a 320 px phone or has its content cut, in normal
text and with the reading bar's largest size in high contrast; every control and standalone
link offers a 44 × 44 px target (a link inside running text excepted); one h1 and no skipped
heading level; the reading bar's message is seen after « Appliquer » and Escape closes it."""

import json

import pytest
from playwright.sync_api import expect

from tests.services import setup_script

from .conftest import FACILITATOR, screenshot, signed_in
from .test_accessibility import SIGNED_IN, learner, pages  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

# The states a learner reaches after an answer, shown as they will be: the mouse drill's
# « Recommencer l'exercice » over its finished area.
REVEAL = """() => { for (const el of document.querySelectorAll(".mouse-drill__again[hidden]")) {
  el.hidden = false; } }"""

SHOWN = """const shown = el => el.getClientRects().length > 0
  && getComputedStyle(el).visibility !== "hidden"
  && !el.closest("[hidden], details:not([open]) > :not(summary), .visually-hidden, .skip-link");
const name = el => {
  const classes = typeof el.className === "string" ? el.className.trim().split(/\\s+/) : [];
  const text = el.innerText || el.value || el.getAttribute("aria-label") || "";
  return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}`
    + `${classes.filter(Boolean).map(c => "." + c).join("")} «${text.trim().slice(0, 40)}»`;
};"""

# Every shown element inside the viewport's width, and none cutting its own content.
WIDE = (
    "() => {"
    + SHOWN
    + """
  const width = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push(`page ${document.documentElement.scrollWidth - width}px too wide`);
  }
  for (const el of document.body.querySelectorAll("*")) {
    if (!shown(el)) { continue; }
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) { continue; }
    const style = getComputedStyle(el);
    if (box.right > width + 1 || box.left < -1) {
      found.push(`${name(el)} ${Math.round(box.left)}..${Math.round(box.right)}`);
    } else if (["hidden", "clip"].includes(style.overflowX) && style.position !== "absolute"
               && el.scrollWidth > el.clientWidth + 1) {
      found.push(`${name(el)} cuts ${el.scrollWidth - el.clientWidth}px`);
    }
  }
  return found;
}"""
)

# A target is where a tap lands on the control: its own box, its label's, a card's link
# stretched over the card. Nine points of a 42 × 42 px square centred on the control must all
# reach it. A link whose block holds more text than the link is inline, in running text.
TARGETS = (
    "() => {"
    + SHOWN
    + """
  const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary";
  const inline = el => {
    if (el.tagName !== "A") { return false; }
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) {
      block = block.parentElement;
    }
    return block.innerText.trim().length > el.innerText.trim().length + 1;
  };
  const reaches = (el, hit) => hit && (el.contains(hit)
    || (hit.contains(el) && hit.tagName === "LABEL")
    || [...(el.labels || [])].some(label => label.contains(hit)));
  const small = [];
  for (const el of document.querySelectorAll(controls)) {
    if (!shown(el) || el.disabled || inline(el)) { continue; }
    if (el.closest(".mouse-drill__area, .click-image__stage")) { continue; }  // sized on purpose
    el.scrollIntoView({ block: "center", inline: "nearest" });
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    const missed = [];
    for (const dx of [-21, 0, 21]) {
      for (const dy of [-21, 0, 21]) {
        if (!reaches(el, document.elementFromPoint(x + dx, y + dy))) { missed.push([dx, dy]); }
      }
    }
    if (missed.length) {
      small.push(`${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  window.scrollTo(0, 0);
  return small;
}"""
)

HEADINGS = (
    "() => {"
    + SHOWN
    + """
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter(shown)
    .map(h => Number(h.tagName[1]));
  const found = [];
  if (levels.filter(level => level === 1).length !== 1 || levels[0] !== 1) {
    found.push(`h1 first and once: ${levels.join(" ")}`);
  }
  levels.forEach((level, i) => { if (i && level > levels[i - 1] + 1) {
    found.push(`h${levels[i - 1]} → h${level}`); } });
  if (document.title.split("Pas à Pas").length !== 2) { found.push(`title ${document.title}`); }
  return found;
}"""
)


@pytest.fixture(scope="module")
def targets(pages, demo_paths, site_url, site_manage, browser, learner):  # noqa: F811
    """Every learner page: public, signed in, and each lesson (each block and exercise type);
    the learner has finished a lesson, so the course shows its « terminée » badge, and has a
    mentor's and an agent's answers, each with its « Signaler »."""
    context, page = signed_in(browser, site_url, learner)
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    page.get_by_role("button", name="J'ai terminé cette leçon").click()
    page.wait_for_load_state()
    context.close()
    script = setup_script("learner_with_answers", username=learner[0], facilitator=FACILITATOR[0])
    answered = json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])
    found = {name: path for name, path in pages.items() if name != "sign-in"}
    return (
        found
        | SIGNED_IN
        | {path: path for path in demo_paths["lessons"]}
        | {name: answered[name] for name in ("thread", "report", "service-question")}
        | {"service-questions": "/partenaires/mes-questions/"}
    )


# (name, reading cookie): normal text; the largest size, high contrast and wide spacing.
PHONES = {"normal": "t1c0e0m0", "largest-contrast": "t3c1e1m0"}


@pytest.mark.parametrize("case", PHONES)
def test_nothing_is_wider_than_a_320px_phone(site_url, browser, learner, targets, case):  # noqa: F811
    context, page = signed_in(browser, site_url, learner, viewport={"width": 320, "height": 740})
    # After signing in (which brings the account's own choice back).
    context.add_cookies([{"name": "pasapas_lecture", "value": PHONES[case], "url": site_url}])
    wide = {}
    for name, path in targets.items():
        assert page.goto(f"{site_url}{path}").status == 200
        page.evaluate(REVEAL)
        found = page.evaluate(WIDE)
        if found:
            wide[name] = found[:5]
            screenshot(page, f"reflow-{case}-{name.strip('/').replace('/', '-')}")
    context.close()
    assert wide == {}, case


@pytest.mark.parametrize("width", [1280, 320])
def test_targets_are_44px_and_headings_skip_no_level(site_url, browser, learner, targets, width):  # noqa: F811
    context, page = signed_in(browser, site_url, learner, viewport={"width": width, "height": 800})
    context.add_cookies([{"name": "pasapas_lecture", "value": "t1c0e0m0", "url": site_url}])
    small, headings = {}, {}
    for name, path in {**targets, "sign-in": "/connexion/"}.items():
        if name == "sign-in":
            context.clear_cookies()
        assert page.goto(f"{site_url}{path}").status == 200
        if found := page.evaluate(TARGETS):
            small[name] = found
        if found := page.evaluate(HEADINGS):
            headings[name] = found
    context.close()
    assert small == {}
    assert headings == {}


def test_the_reading_bar_speaks_after_it_closes_and_escape_closes_it(site_url, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{site_url}/glossaire/")
    summary = page.locator("summary.reading-bar__summary")
    summary.click()
    page.get_by_role("radio", name="Grande", exact=True).check()
    page.get_by_role("button", name="Appliquer").click()
    expect(page.locator("details.reading-bar__details")).not_to_have_attribute("open", "")
    # The message is seen and heard once the panel has closed.
    status = page.get_by_role("status").filter(has_text="Réglage enregistré.")
    expect(status).to_be_visible()
    screenshot(page, "reading-bar-saved-after-closing")
    summary.click()
    page.get_by_role("radio", name="Normale", exact=True).focus()
    page.keyboard.press("Escape")
    expect(page.locator("details.reading-bar__details")).not_to_have_attribute("open", "")
    assert page.evaluate("document.activeElement.className") == "reading-bar__summary"
    context.close()
