"""Chromium for the mouse and keyboard drills: their scripts are the exercise, so they are tried
in a real browser against the test server (Debian's Chromium, never a browser download)."""

from contextlib import contextmanager

from tests.services import chromium


@contextmanager
def chromium_page(monkeypatch, width=1280):
    # Playwright's loop runs in this thread; the database is only used by the test server.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": 900})
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page, errors
