"""Reading aids in Debian's Chromium: the reading bar (kept across a reload, a sign-in and
another device), read-aloud, and the glossary's popovers with the keyboard, touch and no
script at all.

Read-aloud: this machine has no sound output, and Chromium's real voices (through
speech-dispatcher) start an utterance here but never finish it. So the absence of a French
voice is tested with the real browser, and the reading itself with a scripted voice that plays
the browser's part: it says each word after 30 ms and reports it, as a voice does."""

import re
import time

import pytest

from .conftest import axe_violations, create_learners, screenshot, sign_in
from .test_learner_journey import group_of_first_names

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect
PHONE = {"width": 390, "height": 844}

SCRIPTED_VOICE = """
(() => {
  const said = [];
  window.__said = said;
  class Utterance { constructor(text) { this.text = text; } }
  const engine = {
    speaking: false, paused: false, queue: [], current: null, timer: null,
    getVoices() { return [{ lang: "fr-FR", name: "Voix de test", localService: true }]; },
    addEventListener() {},
    speak(u) { this.queue.push(u); if (!this.current) { this.next(); } },
    next() {
      const u = this.queue.shift();
      this.current = u || null;
      this.speaking = !!u;
      if (!u) { return; }
      said.push(u.text);
      const words = [...u.text.matchAll(/\\S+/g)];
      let i = 0;
      const tick = () => {
        if (this.current !== u) { return; }
        if (this.paused) { this.timer = setTimeout(tick, 30); return; }
        if (i < words.length) {
          const word = { name: "word", charIndex: words[i].index, charLength: words[i][0].length };
          if (u.onboundary) { u.onboundary(word); }
          i += 1;
          this.timer = setTimeout(tick, 30);
        } else {
          this.current = null;
          if (u.onend) { u.onend({}); }
          if (!this.current) { this.next(); }
        }
      };
      this.timer = setTimeout(tick, 30);
    },
    pause() { this.paused = true; },
    resume() { this.paused = false; },
    cancel() {
      const u = this.current;
      this.queue = []; this.current = null; this.speaking = false; this.paused = false;
      clearTimeout(this.timer);
      if (u && u.onerror) { u.onerror({ error: "interrupted" }); }
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: engine });
  window.SpeechSynthesisUtterance = Utterance;
})();
"""


@pytest.fixture(scope="module")
def learner(site_url, browser):
    return create_learners(browser, site_url, group_of_first_names()[:1])[0]


def wait_until(page, script, arg=None, timeout=10):
    """Polls a script (the site's CSP forbids the eval behind Playwright's wait_for_function)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        assert time.monotonic() < deadline, f"never true: {script}"
        page.wait_for_timeout(50)


def html_classes(page):
    return page.evaluate("document.documentElement.className")


def open_bar(page):
    page.locator("summary.reading-bar__summary").click()


def test_reading_choice_shows_at_once_and_survives_reload_sign_in_and_device(
    site_url, browser, axe, learner
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}/glossaire/")
    normal_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    open_bar(page)
    page.get_by_role("radio", name="Très grande", exact=True).check()
    page.get_by_label("Contraste renforcé (noir sur blanc)").check()
    expect(page.locator("[data-reading-status]")).to_have_text("Réglage enregistré.")
    assert html_classes(page) == "text-3 contrast-high"
    bigger = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert bigger >= normal_size * 1.4
    # The reload: the server draws the page with the choice, before any script runs.
    response = page.reload()
    assert '<html lang="fr" class="text-3 contrast-high">' in response.text()
    assert axe_violations(axe, page) == []
    screenshot(page, "reading-large-contrast")
    # Signing in keeps it, and the account takes it (it had none).
    sign_in(page, site_url, *learner)
    assert html_classes(page) == "text-3 contrast-high"
    context.close()
    # At home, another browser: signing in brings the account's choice.
    home = browser.new_context(viewport=PHONE)
    page = home.new_page()
    page.goto(f"{site_url}/")
    assert html_classes(page) == ""
    sign_in(page, site_url, *learner)
    assert html_classes(page) == "text-3 contrast-high"
    # Back to normal from that device: the account follows.
    open_bar(page)
    page.get_by_role("radio", name="Normale", exact=True).check()
    page.get_by_label("Contraste renforcé (noir sur blanc)").uncheck()
    expect(page.locator("[data-reading-status]")).to_have_text("Réglage enregistré.")
    page.reload()
    assert html_classes(page) == ""
    home.close()


def test_the_bar_works_with_the_keyboard_alone(site_url, page):
    page.goto(f"{site_url}/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "reading-bar__summary"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.value") == "1"  # the chosen size
    page.keyboard.press("ArrowRight")
    assert html_classes(page) == "text-2"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert html_classes(page) == "text-2 contrast-high"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # Apply: closes the panel and keeps the choice
    page.keyboard.press("Enter")
    expect(page.locator("details.reading-bar__details")).not_to_have_attribute("open", "")
    assert page.evaluate("document.activeElement.className") == "reading-bar__summary"
    # Three saves in a row (size, contrast, Apply), kept in order: the last one wins.
    expect(page.locator("[data-reading-status]")).to_have_text("Réglage enregistré.")
    page.reload()
    assert html_classes(page) == "text-2 contrast-high"


def test_without_javascript_the_bar_posts_and_comes_back(site_url, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}/glossaire/")
    open_bar(page)
    page.get_by_role("radio", name="Grande", exact=True).check()
    page.get_by_label("Plus d'espace entre les lignes et les mots").check()
    page.get_by_role("button", name="Appliquer").click()
    expect(page).to_have_url(f"{site_url}/glossaire/")
    assert html_classes(page) == "text-2 spacing-wide"
    context.close()


def test_no_french_voice_no_listen_button(site_url, page, demo_paths):
    # Chromium here has no voice at all: the button hides itself.
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    expect(page.locator("html")).not_to_have_class(re.compile("can-read-aloud"))
    expect(page.get_by_role("button", name="Écouter la leçon")).to_be_hidden()


def test_listen_reads_the_lesson_highlighting_with_pause_and_stop(site_url, browser, demo_paths):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(SCRIPTED_VOICE)
    page = context.new_page()
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    title = page.locator("h1").inner_text()
    listen = page.get_by_role("button", name="Écouter la leçon")
    listen.click()
    reading = page.locator(".is-read-aloud")
    expect(reading).to_have_text(title)
    assert page.evaluate("CSS.highlights.get('read-aloud-word').size") <= 1
    expect(reading).not_to_have_text(title)  # on to the next paragraph
    wait_until(page, "() => CSS.highlights.get('read-aloud-word').size === 1")
    screenshot(page, "read-aloud")
    pause = page.get_by_role("button", name="Pause", exact=True)
    pause.click()
    resume = page.get_by_role("button", name="Reprendre", exact=True)
    expect(resume).to_be_focused()
    held = page.evaluate("window.__said.length")
    page.wait_for_timeout(400)
    assert page.evaluate("window.__said.length") == held
    resume.click()
    expect(pause).to_be_focused()
    wait_until(page, "held => window.__said.length > held", held)
    page.get_by_role("button", name="Arrêter", exact=True).click()
    expect(reading).to_have_count(0)
    expect(listen).to_be_focused()
    said = page.evaluate("window.__said")
    # The page's words only: no definition hidden in a glossary word, no exercise.
    definitions = page.locator(".glossary-popover__text").all_text_contents()
    assert not any(d in s for d in definitions for s in said)
    assert not any("Vérifier ma réponse" in s for s in said)
    # An exercise's own button reads its instructions.
    exercise = page.locator("section.exercise").first
    exercise.get_by_role("button", name="Écouter la consigne").click()
    instructions = exercise.locator(".exercise__instructions").inner_text()
    wait_until(page, "text => window.__said.some(s => s.includes(text))", instructions[:40])
    page.keyboard.press("Escape")
    expect(page.locator(".is-read-aloud")).to_have_count(0)
    context.close()


def glossary_lesson(site_url, browser, demo_paths):
    probe = browser.new_context()
    page = probe.new_page()
    try:
        for path in demo_paths["lessons"]:
            page.goto(f"{site_url}{path}")
            if page.locator(".glossary-link").count():
                return path
    finally:
        probe.close()
    pytest.fail("No demo lesson links a glossary word")


def test_glossary_word_opens_with_keyboard_and_touch(site_url, browser, axe, demo_paths):
    path = glossary_lesson(site_url, browser, demo_paths)
    context = browser.new_context(viewport=PHONE, has_touch=True)
    page = context.new_page()
    page.goto(f"{site_url}{path}")
    link = page.locator(".glossary-link").first
    popover = page.locator(f"#{link.get_attribute('data-popover')}")
    # The keyboard: Enter opens, Escape closes, the focus comes back to the word.
    link.focus()
    page.keyboard.press("Enter")
    expect(popover).to_be_visible()
    expect(popover).to_be_focused()
    expect(link).to_have_attribute("aria-expanded", "true")
    assert axe_violations(axe, page) == []
    screenshot(page, "glossary-popover")
    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()
    expect(link).to_be_focused()
    expect(link).to_have_attribute("aria-expanded", "false")
    # Touch: a tap opens, a tap on « Fermer » closes; the page has not moved.
    link.tap()
    expect(popover).to_be_visible()
    assert page.url == f"{site_url}{path}"
    popover.get_by_role("button", name="Fermer").tap()
    expect(popover).to_be_hidden()
    context.close()


def test_tab_out_of_a_glossary_definition_closes_it(site_url, browser, demo_paths):
    """Issue 28: the bubble never stays open over the link the focus goes to next."""
    path = glossary_lesson(site_url, browser, demo_paths)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}{path}")
    link = page.locator(".glossary-link").first
    popover = page.locator(f"#{link.get_attribute('data-popover')}")
    link.focus()
    page.keyboard.press("Enter")
    expect(popover).to_be_focused()
    # Inside the bubble, Tab goes through its own controls and keeps it open …
    page.keyboard.press("Tab")
    expect(popover.get_by_role("button", name="Fermer")).to_be_focused()
    page.keyboard.press("Tab")
    expect(popover.get_by_role("link", name="Voir tout le glossaire")).to_be_focused()
    expect(popover).to_be_visible()
    # … and out of it, closes it: what has the focus now is seen, not under the bubble.
    page.keyboard.press("Tab")
    expect(popover).to_be_hidden()
    expect(link).to_have_attribute("aria-expanded", "false")
    assert page.evaluate(
        """() => {
            const el = document.activeElement;
            if (el === document.body) { return false; }
            const r = el.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return el === top || el.contains(top);
        }"""
    )
    screenshot(page, "glossary-tab-out")
    # Shift+Tab from the bubble's first control goes back to the word, closing it too.
    link.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(popover.get_by_role("button", name="Fermer")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(popover).to_be_hidden()
    expect(link).to_be_focused()
    context.close()


def test_without_javascript_a_glossary_word_leads_to_the_glossary(site_url, browser, demo_paths):
    path = glossary_lesson(site_url, browser, demo_paths)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}{path}")
    link = page.locator(".glossary-link").first
    word_id = link.get_attribute("href").split("#")[1]
    expect(page.locator(".glossary-popover").first).to_be_hidden()
    link.click()
    expect(page).to_have_url(f"{site_url}/glossaire/#{word_id}")
    expect(page.locator(f"#{word_id}")).to_be_visible()
    context.close()
