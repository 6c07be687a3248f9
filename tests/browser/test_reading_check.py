"""The reading-level checks run by axe-core in Chromium, configured as Wagtail's checker
configures them (courses/reading_check.py): each marked paragraph is reported under its rule,
an unmarked one is not. No site needed: a page of marked paragraphs is enough."""

import json
from pathlib import Path

import pytest
from django.test import RequestFactory

from courses.reading_check import ReadingLevelCheckerItem, mark
from courses.tests.test_readability import HEAVY, PLAIN

from .conftest import FACILITATOR, screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]
expect = pytest.importorskip("playwright.sync_api").expect


def test_axe_reports_each_marked_paragraph_under_its_rule(browser):
    import axe_playwright_python

    axe_script = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text()
    config = ReadingLevelCheckerItem().get_axe_configuration(RequestFactory().get("/"))
    page = browser.new_page()
    try:
        page.set_content(
            f"<!doctype html><html lang='fr'><title>t</title><main>"
            f"{mark(f'<p id=simple>{PLAIN}</p><p id=lourd>{HEAVY}</p>')}</main></html>"
        )
        page.add_script_tag(content=axe_script)
        results = page.evaluate(
            """async (config) => {
                // As Wagtail's userbar does: its own checks get their functions, ours
                // name one of axe-core's.
                const checks = config.spec.checks.map((check) =>
                    check.evaluate ? check : { ...check, evaluate: () => true });
                axe.configure({ ...config.spec, checks });
                const results = await axe.run(config.context, config.options);
                return results.violations.map((v) => [v.id, v.nodes.map((n) => n.target[0])]);
            }""",
            json.loads(json.dumps(config, default=str)),
        )
    finally:
        page.close()
    found = dict(results)
    for rule in ["pasapas-phrase-longue", "pasapas-mot-rare", "pasapas-paragraphe-dense"]:
        assert found.get(rule) == ["#lourd"], results


DRAFT = """
import json
from courses.models import LessonPage
lesson = LessonPage.objects.live().order_by("path").first().specific
lesson.body.append(("text", {text!r}))
lesson.save_revision()
print(json.dumps({{"pk": lesson.pk}}))
"""


def test_the_editor_s_checks_panel_lists_the_reading_advice(site_url, site_manage, page):
    script = DRAFT.format(text=f"<p>{HEAVY}</p>")
    found = json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])
    sign_in(page, site_url, *FACILITATOR)
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{site_url}/admin/pages/{found['pk']}/edit/")
    page.locator("[data-side-panel-toggle='checks']").click()
    panel = page.locator("[data-side-panel='checks']")
    expect(panel).to_contain_text("Lisibilité : phrase longue", timeout=20_000)
    expect(panel).to_contain_text("Lisibilité : mot peu courant")
    expect(panel).to_contain_text("Lisibilité : paragraphe dense")
    screenshot(page, "reading-check-panel")
