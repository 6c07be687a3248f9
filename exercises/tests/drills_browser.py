"""Chromium for the mouse and keyboard drills: their scripts are the exercise, so they are tried
in a real browser against the test server (Debian's Chromium, never a browser download)."""

from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.services import CHROMIUM, require


@contextmanager
def chromium_page(monkeypatch, width=1280):
    require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's loop runs in this thread; the database is only used by the test server.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": width, "height": 900})
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            yield page, errors
        finally:
            browser.close()
