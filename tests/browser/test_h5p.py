"""H5P in a real browser, against the served demo site (site on 127.0.0.1, player on
localhost): real packages import and play, a learner's answer lands in « Mon parcours », the
saved place comes back, and a hostile package can reach nothing of the learner's."""

import json
import tempfile

import pytest

from exercises.h5p.tests.conftest import fixture_package
from exercises.h5p.tests.spy import build_spy_package
from tests.services import setup_script

from .conftest import axe_violations, create_learners, screenshot, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def make_lesson(site_manage, slug, packages):
    script = setup_script("h5p_lesson", packages=packages, title=f"H5P {slug}", slug=slug)
    return json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])


def real_package(name):
    return str(fixture_package(name))


def player(page, activity_id):
    frame = f"#activite-h5p-{activity_id} iframe[data-h5p-player]"
    return page.frame_locator(frame).frame_locator("iframe.h5p-iframe")


def feedback(page, activity_id):
    return page.locator(f"#activite-h5p-{activity_id} [data-h5p-feedback]")


@pytest.fixture(scope="module")
def real_lesson(site_manage):
    return make_lesson(
        site_manage,
        "essai-h5p",
        {"Vrai ou faux": real_package("true-false.h5p"), "Mots": real_package("drag-text.h5p")},
    )


def test_real_packages_play_and_the_answer_lands_in_my_path(browser, site_url, real_lesson, axe):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, site_url, real_lesson["username"], real_lesson["code"])
    page.goto(f"{site_url}{real_lesson['lesson']}")
    true_false = real_lesson["activities"]["Vrai ou faux"]
    drag_text = real_lesson["activities"]["Mots"]

    box = player(page, true_false)
    box.get_by_role("radio", name="False").click()
    # The chosen answer is saved as the activity's state, a moment after the answer itself.
    with page.expect_response(
        lambda response: (
            response.url.endswith(f"/h5p/activite/{true_false}/etat/")
            and "answer" in (response.request.post_data or "")
        ),
        timeout=15_000,
    ) as saved:
        box.get_by_role("button", name="Check").click()
        expect(feedback(page, true_false)).to_contain_text("Bravo", timeout=10_000)
    assert saved.value.ok

    words = player(page, drag_text)
    words.locator(".h5p-drag-text").wait_for()
    assert words.locator(".ui-draggable").count() == 3
    words.locator(".ui-draggable").first.drag_to(
        words.locator(".h5p-drag-dropzone-container").first
    )
    words.get_by_role("button", name="Check").click()
    expect(feedback(page, drag_text)).to_contain_text("enregistrée", timeout=10_000)
    screenshot(page, "h5p-lesson")
    assert axe_violations(axe, page) == []

    page.goto(f"{site_url}/mon-parcours/")
    results = page.locator(".result-item")
    expect(results.filter(has_text="Vrai ou faux")).to_contain_text("Réussi")
    expect(results.filter(has_text="Mots")).to_contain_text("Pas encore réussi")

    # Back on the lesson: the saved place comes back (the chosen answer), the result shows.
    page.goto(f"{site_url}{real_lesson['lesson']}")
    expect(page.locator(f"#activite-h5p-{true_false}")).to_contain_text("✓ Fait")
    radio = player(page, true_false).get_by_role("radio", name="False")
    expect(radio).to_have_attribute("aria-checked", "true", timeout=10_000)
    assert errors == []
    context.close()


def test_the_demo_activity_plays_with_the_keyboard(browser, site_url, site_manage):
    learner = make_lesson(site_manage, "essai-clavier", {})
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    sign_in(page, site_url, learner["username"], learner["code"])
    page.goto(f"{site_url}/ateliers/")
    page.get_by_role("link", name="Les bases de l'ordinateur").first.click()
    page.get_by_role("link", name="Le bureau et les fenêtres").click()
    section = page.locator("section.h5p-activity", has_text="Fermer une fenêtre")
    activity_id = section.get_attribute("id").rsplit("-", 1)[1]
    section.scroll_into_view_if_needed()  # the player frame loads lazily, as it comes near
    box = player(page, activity_id)
    answers = box.locator(".pasapas-bonchoix__answer")
    answers.first.wait_for()
    answers.nth(1).focus()  # inside the player, as Tab from the page would bring it
    page.keyboard.press("Enter")
    expect(box.get_by_role("button", name="Réessayer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(answers.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(feedback(page, activity_id)).to_contain_text("Bravo", timeout=10_000)
    screenshot(page, "h5p-demo-phone")
    page.goto(f"{site_url}/mon-parcours/")
    expect(page.locator(".result-item", has_text="Fermer une fenêtre")).to_contain_text("Réussi")
    context.close()


def test_package_code_cannot_reach_the_learner(browser, site_url, site_manage):
    probes = ["/mon-compte/", "/mon-compte/mes-donnees/", "/mon-parcours/"]
    with tempfile.NamedTemporaryFile(suffix=".h5p", delete=False) as handle:
        handle.write(build_spy_package(site_url, probes))
    spy_lesson = make_lesson(site_manage, "essai-espion", {"Espion": handle.name})
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, site_url, spy_lesson["username"], spy_lesson["code"])
    page.goto(f"{site_url}{spy_lesson['lesson']}")
    # The learner is signed in on the site: the lesson page itself can read their account.
    own = page.evaluate("fetch('/mon-compte/').then(r => r.text())")
    assert "Lucienne" in own
    site_cookies = {c["name"] for c in context.cookies(site_url)}
    assert {"sessionid", "csrftoken"} <= site_cookies

    activity_id = spy_lesson["activities"]["Espion"]
    report_element = player(page, activity_id).locator('#pasapas-spy-report[data-done="1"]')
    report_element.wait_for(timeout=15_000)
    report = json.loads(report_element.text_content())
    assert report["origin"].startswith("http://localhost:")  # the player's origin, not the site's
    assert "sessionid" not in report["cookie"]["value"]
    assert "csrftoken" not in report["cookie"]["value"]
    assert "SecurityError" in report["topCookie"]["error"]
    assert "SecurityError" in report["grandparentBody"]["error"]
    for probe in [*report["fetches"], report["post"]]:
        assert "error" in probe, probe  # refused by the player's policy, never answered
    assert "Lucienne" not in json.dumps(report)
    context.close()


def test_an_answer_given_just_before_leaving_is_there_on_return(browser, site_url, real_lesson):
    # A learner of its own: the module's learner has already answered this activity.
    (learner,) = create_learners(browser, site_url, ["Paulette"])
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, site_url, *learner)
    lesson = f"{site_url}{real_lesson['lesson']}"
    page.goto(lesson)
    true_false = real_lesson["activities"]["Vrai ou faux"]
    box = player(page, true_false)
    box.get_by_role("radio", name="True").click()  # chosen, not checked: no statement at all
    # Within a second, so before the lesson page's own 2 s save: only the save as the learner
    # leaves (pagehide, keepalive) can keep it. (400 ms failed now and then on a busy machine,
    # before the frame had told the page.)
    page.wait_for_timeout(900)
    page.goto(f"{site_url}/mon-parcours/")
    page.goto(lesson)
    radio = player(page, true_false).get_by_role("radio", name="True")
    expect(radio).to_have_attribute("aria-checked", "true", timeout=10_000)
    context.close()


def test_a_crafted_svg_runs_nothing_on_either_origin(browser, site_url, site_manage):
    from exercises.h5p.tests.test_isolation import evil_package

    with tempfile.NamedTemporaryFile(suffix=".h5p", delete=False) as handle:
        handle.write(evil_package())
    crafted = make_lesson(site_manage, "essai-svg", {"SVG piégé": handle.name})
    script = setup_script("h5p_crafted_paths", title="SVG piégé")
    paths = json.loads(site_manage("shell", "-c", script).strip().splitlines()[-1])
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, site_url, crafted["username"], crafted["code"])
    scripts = []
    page.on("request", lambda request: scripts.append(request.url) if "x.js" in request.url else 0)
    for path in paths["site"]:
        assert page.goto(f"{site_url}{path}").status == 404, path
    player_origin = site_url.replace("127.0.0.1", "localhost")
    response = page.goto(f"{player_origin}{paths['player']}")
    assert response.status == 200
    page.wait_for_timeout(500)
    assert scripts == []  # the SVG's script was never even fetched
    assert page.evaluate("typeof window.stolen") == "undefined"
    context.close()


def test_course_presentation_and_dialog_cards_import_play_and_complete(
    browser, site_url, site_manage
):
    made = make_lesson(
        site_manage,
        "essai-consulter",
        {
            "Cartes": real_package("H5P.Dialogcards.h5p"),
            "Présentation": real_package("H5P.CoursePresentation.h5p"),
        },
    )
    cards, slides = made["activities"]["Cartes"], made["activities"]["Présentation"]
    # Dialog Cards are « à consulter » by default; this presentation only shows slides here,
    # so its author ticks the box too.
    site_manage(
        "shell",
        "-c",
        "from exercises.h5p.models import H5PActivity; "
        f"slides = H5PActivity.objects.get(pk={slides}); slides.done_when_viewed = True; "
        # save(), not update(): the placed activities' cache follows a save
        "slides.save(update_fields=['done_when_viewed'])",
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{error}\n{error.stack}"))
    sign_in(page, site_url, made["username"], made["code"])
    page.goto(f"{site_url}{made['lesson']}")
    expect(page.locator(f"#activite-h5p-{cards}")).to_contain_text("À consulter")
    deck = player(page, cards)
    deck.locator(".h5p-dialogcards").wait_for(timeout=20_000)
    deck.get_by_role("button", name="Turn").first.click()
    expect(feedback(page, cards)).to_contain_text("consulté", timeout=15_000)
    show = player(page, slides)
    show.locator(".h5p-course-presentation").wait_for(timeout=30_000)
    expect(feedback(page, slides)).to_contain_text("consulté", timeout=15_000)
    page.goto(f"{site_url}/mon-parcours/")
    results = page.locator(".result-item")
    expect(results.filter(has_text="Cartes")).to_contain_text("Réussi")
    expect(results.filter(has_text="Présentation")).to_contain_text("Réussi")
    page.goto(f"{site_url}{made['lesson']}")
    expect(page.locator(f"#activite-h5p-{cards}")).to_contain_text("✓ Fait")
    # Only the site's own scripts matter here: H5P content's own slips (Dialog Cards' audio
    # in a headless browser) happen on the player's origin, as they would anywhere.
    site_host = site_url.split("//", 1)[1]
    assert [error for error in errors if site_host in error] == []
    context.close()


# H5P assets: everything the player's frames ask for but the fonts and pictures the content
# itself shows. H5P core's aggregated assets keep it near ten whatever the number of libraries.
MOST_ASSET_REQUESTS = 10


def give_an_answer(question):
    """Any answer, whatever the question type: a choice, a word, a gap, a drop."""
    question.locator(".h5p-question-content").first.wait_for()
    choices = question.locator('[role="radio"], [role="checkbox"], [role="option"]')
    if choices.count():
        choices.first.click()
    for gap in question.locator('input[type="text"]').all():
        gap.fill("a")
    draggables = question.locator(".ui-draggable, .h5p-draggable")
    zones = question.locator(".h5p-drag-dropzone-container, .h5p-dropzone")
    if draggables.count() and zones.count():
        draggables.first.drag_to(zones.first)


def test_question_set_loads_in_a_few_requests_and_completes(browser, site_url, site_manage):
    made = make_lesson(site_manage, "essai-poids", {"Quiz": real_package("H5P.QuestionSet.h5p")})
    quiz = made["activities"]["Quiz"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, site_url, made["username"], made["code"])
    requests = []
    page.on("request", lambda r: requests.append(r) if r.frame.parent_frame is not None else 0)
    page.goto(f"{site_url}{made['lesson']}")
    box = player(page, quiz)
    box.locator(".questionset").wait_for(timeout=30_000)
    page.wait_for_load_state("networkidle")
    assets = [r for r in requests if r.resource_type not in ("font", "image")]
    listed = [f"{r.resource_type} {r.url}" for r in assets]
    assert len(assets) <= MOST_ASSET_REQUESTS, listed
    # The libraries come in one script and one stylesheet: none of their files, no
    # library.json, is asked for one by one.
    assert [u for u in listed if "/h5p/bibliotheques/" in u] == []
    assert sum("/h5p/ensembles/" in u for u in listed) == 2

    # It still plays and completes: each question given an answer, the quiz finished.
    questions = box.locator(".question-container")
    for number in range(questions.count()):
        give_an_answer(questions.nth(number))
        if number < questions.count() - 1:
            questions.nth(number).locator('[aria-label="Next question"]').click()
    questions.last.get_by_role("button", name="Finish").click()
    box.locator(".questionset-results").wait_for(timeout=15_000)
    expect(feedback(page, quiz)).to_contain_text("enregistrée", timeout=15_000)
    page.goto(f"{site_url}/mon-parcours/")
    expect(page.locator(".result-item", has_text="Quiz")).to_be_visible()
    context.close()
