"""Security headers over the main pages of the served site (production settings), and no
page of the learner's journey breaks under the strict policy (no inline script or style)."""

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import FACILITATOR, SITE_ENV

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def directives(policy):
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def main_pages(demo_paths):
    paths = demo_paths["paths"]
    return [
        paths["home"],
        paths["catalogue"],
        paths["course"],
        paths["lesson"],
        paths["eadmin-lesson"],
        paths["search"],
        paths["glossary"],
        paths["themes"],
        "/connexion/",
        "/mon-parcours/",  # a redirect to sign in: headers too
    ]


def test_main_pages_send_the_security_headers(site_url, demo_paths):
    for path in main_pages(demo_paths):
        status, headers, _ = fetch(f"{site_url}{path}", **{"X-Forwarded-Proto": "https"})
        assert status in (200, 302), (path, status)
        policy = directives(headers["Content-Security-Policy"])
        for name in ("script-src", "style-src"):
            assert "'unsafe-inline'" not in policy[name], (path, name)
            assert "'unsafe-eval'" not in policy[name], (path, name)
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "same-origin", path
        assert headers["X-Frame-Options"] == "SAMEORIGIN", path
        assert headers["Strict-Transport-Security"].startswith("max-age="), path


def test_cookies_are_http_only_where_scripts_need_not_read_them(site_url):
    status, headers, body = fetch(f"{site_url}/connexion/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    cookie = headers["Set-Cookie"].split(";")[0]
    data = f"csrfmiddlewaretoken={token}&username={FACILITATOR[0]}&password={FACILITATOR[1]}"
    request = urllib.request.Request(
        f"{site_url}/connexion/",
        data=data.encode(),
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
    )
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        headers = error.headers
    sessions = [c for c in headers.get_all("Set-Cookie") or [] if c.startswith("sessionid=")]
    assert sessions and "HttpOnly" in sessions[0] and "SameSite=Lax" in sessions[0]


def test_the_admin_sign_in_is_rate_limited(site_url):
    """django-axes guards the Wagtail admin's sign-in as it guards the learners'."""
    for attempt in range(6):
        status, headers, body = fetch(f"{site_url}/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
        cookie = headers["Set-Cookie"].split(";")[0]
        request = urllib.request.Request(
            f"{site_url}/admin/login/",
            data=f"csrfmiddlewaretoken={token}&username=bruteforce&password=wrong{attempt}".encode(),
            headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                last = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            last = error.code, error.read().decode()
    assert last[0] == 429, last[0]
    assert "Trop d'essais" in last[1]


def test_no_page_of_the_journey_breaks_under_the_policy(browser, site_url, demo_paths):
    """Chromium reports every refused inline script or style: there must be none."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for path in [*main_pages(demo_paths), *demo_paths["lessons"]]:
        page.goto(f"{site_url}{path}")
    context.close()
    assert refused == []


def test_the_access_log_names_nobody(site_url):
    """A printed card's link carries the username: the log keeps the path, not the query."""
    fetch(f"{site_url}/connexion/?u=lucienne-secret", **{"User-Agent": "navigateur-de-lucienne"})
    log = Path(SITE_ENV["PASAPAS_SERVER_LOG"]).read_text(encoding="utf-8")
    assert '"GET /connexion/" 200' in log
    assert "lucienne-secret" not in log
    assert "navigateur-de-lucienne" not in log
    assert "127.0.0.1 " not in log.split('"GET /connexion/"')[0].rsplit("\n", 1)[-1]
