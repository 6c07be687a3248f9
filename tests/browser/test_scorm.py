"""SCORM in a real browser, against the served demo site (site on 127.0.0.1, player on
localhost): Rustici's golf examples import and play with scorm-again; a learner answers,
leaves, comes back where they were, completes, and the score is in « Mon parcours »; malformed
SetValue calls answer SCORM's error codes."""

import json

import pytest

from exercises.scorm.tests.conftest import GOLF_2004, SINGLE_12, fixture_package
from tests.services import setup_script

from .conftest import axe_violations, screenshot, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


@pytest.fixture(scope="module")
def golf(site_manage):
    script = setup_script(
        "scorm_lesson",
        packages={
            "Le golf (SCORM 1.2)": str(fixture_package(SINGLE_12)),
            "Le golf (SCORM 2004)": str(fixture_package(GOLF_2004)),
        },
        title="Module SCORM",
        slug="essai-scorm",
    )
    return json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])


def launch_frame(page, package_id):
    """The package's own page (launchpage.html), in the player's frame, on the player origin."""
    for _ in range(100):
        for frame in page.frames:
            parent = frame.parent_frame
            if (
                frame.url.endswith("/shared/launchpage.html")
                and parent
                and f"/scorm/jouer/{package_id}/" in parent.url
            ):
                frame.wait_for_load_state()
                return frame
        page.wait_for_timeout(100)
    raise AssertionError("the package's page did not open")


def content(page, package_id):
    block = f"#scorm-{package_id} iframe[data-scorm-player]"
    return page.frame_locator(block).frame_locator("#scorm-content")


def test_answer_leave_resume_complete_and_the_score_in_my_path(browser, site_url, golf, axe):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    dialogs = []

    def answer(dialog):
        dialogs.append(dialog.message)
        dialog.accept()  # « Would you like to resume…? »: yes

    page.on("dialog", answer)
    sign_in(page, site_url, golf["username"], golf["code"])
    package = golf["packages"]["Le golf (SCORM 1.2)"]
    page.goto(f"{site_url}{golf['lesson']}")
    page.locator(f"#scorm-{package}").scroll_into_view_if_needed()
    golf_page = content(page, package)
    # Three pages on: the package sets its bookmark (cmi.core.lesson_location).
    for _ in range(3):
        golf_page.get_by_role("button", name="Next ->").click()
    assert launch_frame(page, package).evaluate("currentPage") == 3
    page.wait_for_timeout(800)  # the player reports the change to the lesson page
    screenshot(page, "scorm-lesson")
    assert axe_violations(axe, page) == []

    # Leaving the page sends the progress (keepalive).
    with page.expect_request(lambda r: r.url.endswith(f"/scorm/module/{package}/cmi/")) as sent:
        page.goto(f"{site_url}/mon-parcours/")
    assert json.loads(sent.value.post_data)["data"]["cmi"]["core"]["lesson_location"] == "3"
    page.wait_for_timeout(500)

    # Back: the package offers to resume where the learner left, and does.
    page.goto(f"{site_url}{golf['lesson']}")
    page.locator(f"#scorm-{package}").scroll_into_view_if_needed()
    frame = launch_frame(page, package)
    expect(content(page, package).get_by_role("button", name="Next ->")).to_be_enabled()
    for _ in range(50):
        if frame.evaluate("currentPage") == 3:
            break
        page.wait_for_timeout(100)
    assert frame.evaluate("currentPage") == 3
    assert any("resume" in message for message in dialogs)

    # To the test, answered right, then « Exit »: Finish sends the result.
    for _ in range(12):
        content(page, package).get_by_role("button", name="Next ->").click()
    test = content(page, package).frame_locator("#contentFrame")
    submit = test.get_by_role("button", name="Submit Answers")
    submit.wait_for()
    assessment = next(f for f in page.frames if "assessmenttemplate.html" in f.url)
    assessment.evaluate(
        """() => test.Questions.forEach((q) => {
            const id = `question_${q.Id}_`;
            if (q.Type === "choice") {
                document.getElementById(id + q.Answers.indexOf(q.CorrectAnswer)).click();
            } else if (q.Type === "true-false") {
                document.getElementById(id + (q.CorrectAnswer ? "True" : "False")).click();
            } else {
                document.getElementById(id + "Text").value = String(q.CorrectAnswer);
            }
        })"""
    )
    submit.click()
    expect(test.get_by_text("Score: 100")).to_be_visible()
    with page.expect_response(
        lambda r: (
            r.url.endswith(f"/scorm/module/{package}/cmi/")
            and json.loads(r.request.post_data or "{}").get("finished") is True
        )
    ) as finished:
        content(page, package).get_by_role("button", name="Exit").click()
    assert finished.value.json()["completed"] is True
    feedback = page.locator(f"#scorm-{package} [data-scorm-feedback]")
    expect(feedback).to_contain_text("Bravo", timeout=10_000)

    page.goto(f"{site_url}/mon-parcours/")
    row = page.locator(".result-item", has_text="Le golf (SCORM 1.2)")
    expect(row).to_contain_text("Réussi")
    expect(row).to_contain_text("100")
    screenshot(page, "scorm-my-path")
    page.goto(f"{site_url}{golf['lesson']}")
    expect(page.locator(f"#scorm-{package}")).to_contain_text("✓ Fait")
    assert errors == []
    context.close()


def test_malformed_set_value_answers_scorm_error_codes_on_a_phone(browser, site_url, golf):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    sign_in(page, site_url, golf["username"], golf["code"])
    package = golf["packages"]["Le golf (SCORM 2004)"]
    page.goto(f"{site_url}{golf['lesson']}")
    page.locator(f"#scorm-{package}").scroll_into_view_if_needed()
    frame = launch_frame(page, package)
    codes = frame.evaluate(
        """() => {
            const api = window.parent.API_1484_11;
            const tries = [
                ["cmi.score.scaled", "2"],
                ["cmi.completion_status", "fini"],
                ["cmi.nimporte_quoi", "1"],
                ["cmi.learner_id", "quelqu'un"],
                ["cmi.location", "page-2"],
            ];
            return tries.map(([name, value]) => [api.SetValue(name, value), api.GetLastError()]);
        }"""
    )
    assert codes == [
        ["false", "407"],  # out of range
        ["false", "406"],  # type mismatch
        ["false", "401"],  # undefined element
        ["false", "404"],  # read only
        ["true", "0"],
    ]
    # The player's page holds no session of the site: nothing to steal there.
    assert frame.evaluate("document.cookie") == ""
    screenshot(page, "scorm-2004-phone")
    context.close()
