"""The reading-level checks run by axe-core in Chromium, configured as Wagtail's checker
configures them (courses/reading_check.py): each marked paragraph is reported under its rule,
an unmarked one is not. No site needed: a page of marked paragraphs is enough."""

import json
from pathlib import Path

import pytest
from django.test import RequestFactory

from courses.reading_check import ReadingLevelCheckerItem, mark
from courses.tests.test_readability import HEAVY, PLAIN

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]


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
