"""Browser tests: Playwright drives Debian's Chromium (never a browser download) against the
site served by the production start script (gunicorn, demo content), checked with axe-core."""

import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.services import ROOT, chromium, free_port, served_env, web_server

ARTIFACTS = ROOT / "test-artifacts"
FACILITATOR = ("animateur", secrets.token_urlsafe(12))


SITE_ENV = {}


@pytest.fixture(scope="session")
def site_url():
    """The demo site, built once, served by docker/start-web.sh on a free port."""
    workdir = Path(tempfile.mkdtemp(prefix="pasapas-browser-"))
    port = free_port()
    env = served_env(
        f"sqlite:///{workdir}/site.sqlite3",
        MEDIA_ROOT=str(workdir / "media"),
        H5P_ROOT=str(workdir / "h5p_files"),
        STATIC_ROOT=str(workdir / "static"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        TASKS_IN_DATABASE="false",
        LOAD_DEMO="true",
        DEMO_FACILITATOR_PASSWORD=FACILITATOR[1],
        # The site on 127.0.0.1, the H5P player on localhost: two origins.
        H5P_PLAYER_ORIGIN=f"http://localhost:{port}",
    )
    SITE_ENV.update(env, PASAPAS_SERVER_LOG=str(workdir / "server.log"))
    try:
        with web_server(env, workdir / "server.log", port=port) as (url, _):
            yield url
    finally:
        # The server's own account of a failure (a 500's traceback) outlives the run.
        ARTIFACTS.mkdir(exist_ok=True)
        if (workdir / "server.log").exists():
            shutil.copy(workdir / "server.log", ARTIFACTS / "server.log")
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def site_manage(site_url):
    """Runs a manage.py command against the served site's database and media."""

    def run(*args, stdin=None):
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=SITE_ENV,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    return run


def links(url, selector):
    with urllib.request.urlopen(url, timeout=10) as response:
        soup = BeautifulSoup(response.read(), "html.parser")
    return [a["href"] for a in soup.select(selector)]


@pytest.fixture(scope="session")
def demo_paths(site_url):
    """Addresses of the demo pages, found by following the site's own links."""
    courses = links(f"{site_url}/", ".card__title a")
    lessons = {course: links(f"{site_url}{course}", ".lesson-list a") for course in courses}
    eadmin = next(course for course in courses if "demarches" in course or "admin" in course)
    themes = links(f"{site_url}/themes/", ".tag-list a")
    return {
        "paths": {
            "home": "/",
            "catalogue": links(f"{site_url}/", "a.button--secondary")[0],
            "course": courses[0],
            "lesson": lessons[courses[0]][0],
            "eadmin-course": eadmin,
            "eadmin-lesson": lessons[eadmin][1],
            "search": "/recherche/?q=souris",
            "search-empty": "/recherche/?q=zzzz",
            "themes": "/themes/",
            "theme": themes[0],
            "glossary": "/glossaire/",
        },
        "lessons": [lesson for course in courses for lesson in lessons[course]],
    }


@pytest.fixture(scope="package")
def browser():
    # Package scope: Playwright's sync API keeps an event loop in the worker's thread while it
    # runs, and Django refuses database work under a running loop; the browser tests run as one
    # unit, so closing Chromium when they end lets the worker's next files set up the database.
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def axe_violations(axe, page):
    """WCAG 2.0/2.1/2.2 A and AA violations on the current page, as readable lines."""
    results = axe.run(
        page,
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
            },
            "resultTypes": ["violations"],
        },
    )
    return [
        f"{page.url}: {violation['id']} ({violation['impact']}) "
        f"{[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
    ]


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def create_learners(browser, site_url, names):
    """Learners the facilitator creates with the site's own pages: [(username, code)]."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        sign_in(page, site_url, *FACILITATOR)
        page.goto(f"{site_url}/animation/apprenants/ajouter/")
        page.get_by_label("Prénoms des apprenants, un par ligne").fill("\n".join(names))
        page.get_by_role("button", name="Créer les comptes et les cartes").click()
        page.wait_for_url(re.compile(r"/cartes/$"))
        found = []
        for name in names:
            card = page.locator("li.access-card").filter(has_text=name)
            username, code = card.locator("dd.access-card__value").all_inner_texts()
            found.append((username, code))
    finally:
        context.close()
    return found


def fill_sign_in(page, username, code):
    """Fills and sends the sign-in form the page shows."""
    page.get_by_label("Identifiant", exact=True).fill(username)
    page.get_by_label("Code d'accès", exact=True).fill(code)
    page.get_by_role("button", name="Entrer").click()


def sign_in(page, site_url, username, code):
    """The one sign-in of the browser tests (learners, mentors and the facilitator alike):
    the form, then the home page it leads to."""
    page.goto(f"{site_url}/connexion/")
    fill_sign_in(page, username, code)
    page.wait_for_url(f"{site_url}/")


def signed_in(browser, site_url, who, theme=None, **options):
    """A new context (1280×900 unless `options` say otherwise, in a reading theme if given)
    and its page, signed in as `who` (username, code)."""
    context = new_context(browser, site_url, theme, **options)
    page = context.new_page()
    sign_in(page, site_url, *who)
    return context, page


# Reading themes by name: the reading-choice cookie each one sets ("" for none).
THEMES = {"default": "", "contrast": "t1c1e0m0"}


def new_context(browser, site_url, theme=None, **options):
    """A browser context, 1280×900 unless `options` say otherwise, in a reading theme."""
    context = browser.new_context(**({"viewport": {"width": 1280, "height": 900}} | options))
    if THEMES.get(theme, theme):
        context.add_cookies(
            [{"name": "pasapas_lecture", "value": THEMES.get(theme, theme), "url": site_url}]
        )
    return context
