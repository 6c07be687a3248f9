"""Offline reading in a real browser: a lesson opened with a connection is read again without
one, with a calm message saying so; a lesson never opened gets the "not saved" page listing
the saved ones; the forms that need the server are held; signing out empties the saved copies
(the reading choice, a cookie, stays). The offline views pass axe-core."""

import time

import pytest

from .conftest import FACILITATOR, axe_violations, screenshot, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

OFFLINE_TEXT = "Pas de connexion Internet : vous lisez une copie enregistrée sur cet appareil."
SAVED_LESSONS = """async () => {
  const cache = await caches.open("pasapas-lessons-v1");
  return (await cache.keys()).map((request) => new URL(request.url).pathname);
}"""

# Pictures not shown (an <img> that did not load, an image button not saved).
PICTURES_MISSING = """async () => {
  const missing = [];
  for (const picture of document.querySelectorAll("main img")) {
    if (!(picture.complete && picture.naturalWidth > 0)) {
      missing.push(picture.currentSrc || picture.src);
    }
  }
  for (const button of document.querySelectorAll("main input[type=image]")) {
    if (!(await caches.match(button.src, { ignoreVary: true }))) { missing.push(button.src); }
  }
  return missing;
}"""


def scroll_through(page):
    """Down the whole page, so that its lazy pictures load."""
    height = page.evaluate("() => document.documentElement.scrollHeight")
    for top in range(0, height, 600):
        page.evaluate(f"() => window.scrollTo(0, {top})")
        page.wait_for_timeout(100)
    page.wait_for_load_state("networkidle")


def eventually(page, script, until, timeout=20):
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(script)
        if until(value) or time.monotonic() > deadline:
            return value
        page.wait_for_timeout(200)


def controlled(page):
    # A function, not an expression: the page's policy refuses eval.
    assert eventually(page, "() => navigator.serviceWorker.controller !== null", bool), (
        page.evaluate(WORKER_STATE)
    )


WORKER_STATE = """async () => {
  const registrations = await navigator.serviceWorker.getRegistrations();
  return {
    url: location.href,
    workers: registrations.map((r) => [r.scope, !!r.installing, !!r.waiting, !!r.active]),
    caches: await caches.keys(),
  };
}"""


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def test_a_visited_lesson_is_read_again_offline(site_url, context, axe, demo_paths):
    first, second, never = demo_paths["lessons"][:3]
    page = context.new_page()
    page.goto(f"{site_url}{first}")
    title = page.locator("h1").inner_text()
    # The first lesson came before the worker: the worker fetches it again to keep it.
    controlled(page)
    assert first in eventually(page, SAVED_LESSONS, lambda saved: first in saved)
    scroll_through(page)
    page.goto(f"{site_url}{second}")
    second_title = page.locator("h1").inner_text()
    scroll_through(page)
    assert second in eventually(page, SAVED_LESSONS, lambda saved: second in saved)
    assert page.locator(".offline-status__message").count() == 0

    context.set_offline(True)
    violations = []
    page.goto(f"{site_url}{first}")
    assert page.locator("h1").inner_text() == title
    assert page.locator(".lesson__body").inner_text().strip()
    message = page.get_by_role("status").filter(has_text=OFFLINE_TEXT)
    expect(message).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgba(0, 0, 0, 0)"
    # Its pictures too (the exercises' image buttons among them).
    scroll_through(page)
    missing = page.evaluate(PICTURES_MISSING)
    assert page.locator("main img, main input[type=image]").count() >= 1
    assert missing == []
    # The forms that need the server are held and say why; an exercise's own buttons work.
    answer = page.get_by_role("button", name="Vérifier ma réponse")
    if answer.count():
        expect(answer.first).to_be_disabled()
        expect(page.locator(".exercise .offline-note").first).to_be_visible()
    moves = page.get_by_role("button", name="Descendre")
    if moves.count():
        expect(moves.first).to_be_enabled()
    language = page.locator(".language-form")
    expect(language.get_by_role("button", name="Changer")).to_be_disabled()
    expect(language.locator(".offline-note")).to_contain_text("Sans connexion Internet")
    violations += axe_violations(axe, page)
    screenshot(page, "offline-lesson")

    page.goto(f"{site_url}{never}")
    assert page.locator("h1").inner_text() == "Cette page n'est pas enregistrée sur cet appareil"
    expect(page.get_by_role("status").filter(has_text=OFFLINE_TEXT)).to_be_visible()
    saved = page.locator("[data-saved-lessons] a")
    expect(saved).to_have_count(2)
    assert saved.all_inner_texts() == [second_title, title]  # the last read first
    violations += axe_violations(axe, page)
    screenshot(page, "offline-fallback")
    saved.last.click()
    assert page.locator("h1").inner_text() == title

    context.set_offline(False)
    expect(page.locator("[data-offline-status]")).to_have_text("La connexion Internet est revenue.")
    expect(page.locator(".language-form").get_by_role("button", name="Changer")).to_be_enabled()
    assert page.locator(".offline-note").count() == 0
    assert violations == []


def test_the_worker_leaves_the_admin_and_posts_alone(site_url, context, demo_paths):
    page = context.new_page()
    page.goto(f"{site_url}{demo_paths['paths']['lesson']}")
    controlled(page)
    page.goto(f"{site_url}/admin/login/")
    assert page.evaluate("navigator.serviceWorker.controller !== null")  # in scope...
    names = page.evaluate("async () => caches.keys()")
    kept = page.evaluate(
        """async (names) => {
          const urls = [];
          for (const name of names) {
            const cache = await caches.open(name);
            urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
          }
          return urls;
        }""",
        names,
    )
    # ...but nothing of the admin is kept, and only the site's own files.
    assert not [url for url in kept if url.startswith(("/admin/", "/h5p/", "/sw.js"))]
    assert "/hors-ligne/" in kept
    assert any(url.startswith("/static/css/pasapas.") for url in kept)


def test_signing_out_empties_the_saved_lessons_but_keeps_the_reading_choice(
    site_url, context, demo_paths
):
    page = context.new_page()
    sign_in(page, site_url, *FACILITATOR)
    lesson = demo_paths["paths"]["lesson"]
    page.goto(f"{site_url}{lesson}")
    controlled(page)
    assert lesson in eventually(page, SAVED_LESSONS, lambda saved: lesson in saved)
    context.add_cookies([{"name": "pasapas_lecture", "value": "t2c0e0m0", "url": site_url}])

    page.goto(f"{site_url}/mon-compte/")
    page.get_by_role("button", name="Me déconnecter").click()
    page.wait_for_url(f"{site_url}/")
    assert eventually(page, SAVED_LESSONS, lambda saved: saved == []) == []
    cookies = {cookie["name"]: cookie["value"] for cookie in context.cookies()}
    assert cookies.get("pasapas_lecture") == "t2c0e0m0"
    assert "sessionid" not in cookies
    # The worker comes back for the next person; offline, the lesson is no longer here.
    assert eventually(page, "async () => !!(await navigator.serviceWorker.ready).active", bool)
    page.goto(f"{site_url}/")
    controlled(page)
    context.set_offline(True)
    page.goto(f"{site_url}{lesson}")
    assert page.locator("h1").inner_text() == "Cette page n'est pas enregistrée sur cet appareil"
    expect(page.locator("[data-saved-lessons]")).to_contain_text("Aucune leçon")
