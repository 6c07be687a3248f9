"""The exercises' acceptance test: a learner completes one exercise of each type with the mouse
and again with the keyboard only; the result appears in Mon parcours; axe-core finds no
violation.

Two learners are created once, through the facilitator's pages. The first one does everything
with the mouse (clicks and drags with Playwright's mouse; a text field is clicked, then typed
in). The second one uses the keyboard only: every control is reached by pressing Tab or
Shift+Tab from the top of the lesson page (``tab_to``: the test looks at where the focus is,
as a sighted person would, and presses the key that moves it closer), then answered with
Space, Enter, the arrow keys or typing. No ``.click()``, ``.check()``, ``.fill()`` nor
``.focus()`` is called for that learner, whose sign-in is done with the keyboard too.

The exercises are the demo's (``demo``): the test process reads their specs to know
the right answers, and finds the lessons holding them on the served site by their titles.

Mon parcours only lists the person's eight latest exercises, so each test checks there the
exercise it has just passed; the last tests check the whole list once per learner."""

import inspect
import re
import urllib.request

import pytest
from bs4 import BeautifulSoup

from demo.content import TRACKS
from exercises.types.fill_blanks import split_text
from exercises.types.keyboard_drill import SHORTCUTS
from progress.selectors import recent_exercise_results

from .conftest import axe_violations, create_learners, fill_sign_in, screenshot
from .test_learner_journey import group_of_first_names, nav

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

# One demo exercise of each type, by title.
CHOSEN = {
    "single_choice": "Un fichier jeté par erreur",
    "multiple_choice": "Les bons réflexes face à une fausse alerte",
    "true_false": "Les boutons d'une fenêtre : vrai ou faux ?",
    "fill_blanks": "Écrire un message : les mots qui manquent",
    "ordering": "Éteindre l'ordinateur dans le bon ordre",
    "sort": "À chaque geste son usage",
    "click_image": "Cacher une fenêtre sans la fermer",
    "mouse_drill": "Souris : le glisser-déposer",
    "keyboard_drill": "Clavier : copier, coller, annuler",
    "procedure": "Déclarer ses ressources du trimestre",
    "scam_check": "Une alerte rouge à l'écran",
}
WAYS = ("mouse", "keyboard")
# Mon parcours lists the latest exercises only.
MY_PATH_LIMIT = inspect.signature(recent_exercise_results).parameters["limit"].default


def demo_specs():
    """Every demo exercise spec, by title."""
    return {
        spec["title"]: spec
        for track in TRACKS
        for lesson in track["lessons"]
        for kind, spec in lesson["body"]
        if kind == "exercise"
    }


SPECS = demo_specs()


# Setting up ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exercise_places(site_url, demo_paths):
    """Where each chosen exercise is on the served site: {title: (lesson path, section id)},
    found by reading the demo's lesson pages."""
    places = {}
    for path in demo_paths["lessons"]:
        with urllib.request.urlopen(f"{site_url}{path}", timeout=10) as response:
            soup = BeautifulSoup(response.read(), "html.parser")
        for section in soup.select("section[data-exercise]"):
            title = section.select_one("h2").get_text(strip=True)
            if title in CHOSEN.values():
                kind = next(k for k, t in CHOSEN.items() if t == title)
                assert section["data-exercise"] == kind, title
                places[title] = (path, section["id"])
    assert sorted(places) == sorted(CHOSEN.values())
    return places


@pytest.fixture(scope="module")
def accounts(site_url, browser):
    """Two learners the facilitator creates with the site's own pages: {way: (username, code)}."""
    names = group_of_first_names()[:2]
    found = dict(zip(WAYS, create_learners(browser, site_url, names), strict=True))
    return found


class Learner:
    """One learner's browser tab, signed in, kept for all the exercises of one way."""

    def __init__(self, way, page, errors):
        self.way = way
        self.page = page
        self.errors = errors  # JavaScript errors the pages raised
        self.passed = []  # titles, in the order they were passed


@pytest.fixture(scope="module")
def learners(site_url, browser, accounts):
    """{way: Learner}, each signed in on first use."""
    made, contexts = {}, []

    def get(way):
        if way in made:
            return made[way]
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        username, code = accounts[way]
        if way == "mouse":
            page.goto(f"{site_url}/connexion/")
            fill_sign_in(page, username, code)
        else:
            # The card's QR code opens this address, the username already written in.
            page.goto(f"{site_url}/connexion/?u={username}")
            tab_to(page, page.get_by_label("Code d'accès", exact=True))
            page.keyboard.type(code)
            page.keyboard.press("Enter")
        expect(page).to_have_url(f"{site_url}/")
        expect(nav(page).get_by_role("link", name="Mon compte")).to_be_visible()
        made[way] = Learner(way, page, errors)
        return made[way]

    yield get
    for context in contexts:
        context.close()


# The keyboard ----------------------------------------------------------------------------------


def tab_to(page, target, limit=300):
    """Presses Tab (or Shift+Tab when the target is behind) until the target has the focus."""
    for _ in range(limit):
        where = target.evaluate(
            """element => {
                const focused = document.activeElement;
                if (focused === element) { return 0; }
                if (!focused || focused === document.body) { return 1; }
                return focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING
                    ? 1 : -1;
            }"""
        )
        if where == 0:
            return
        page.keyboard.press("Tab" if where > 0 else "Shift+Tab")
    raise AssertionError(f"Tab never reached {target}")


def press(page, key, times=1):
    for _ in range(times):
        page.keyboard.press(key)


def choose_radio(page, radios, index):
    """A radio group: Tab stops on its first button; the arrows move to (and tick) the others."""
    tab_to(page, radios.first)
    if index == 0:
        page.keyboard.press("Space")
    else:
        press(page, "ArrowDown", index)
    expect(radios.nth(index)).to_be_checked()


def choose_option(page, select, index):
    """A closed <select>: each arrow key picks the next option (option 0 is "Choisissez…")."""
    tab_to(page, select)
    press(page, "ArrowDown", index)


# The mouse -------------------------------------------------------------------------------------


def center(locator):
    """Brings an element to the middle of the window (the mouse user scrolls to it)."""
    locator.evaluate("element => element.scrollIntoView({block: 'center'})")


def middle(locator):
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def drag(page, source, x, y):
    """Presses on the source, moves the mouse to (x, y) without letting go, releases."""
    start_x, start_y = middle(source)
    page.mouse.move(start_x, start_y)
    page.mouse.down()
    page.mouse.move(x, y, steps=12)
    page.mouse.up()


def submit(page, section, way, name="Vérifier ma réponse"):
    button = section.get_by_role("button", name=name)
    if way == "mouse":
        button.click()
    else:
        tab_to(page, button)
        page.keyboard.press("Enter")


# Each type's right answer, both ways -----------------------------------------------------------


def single_choice(page, section, value, way):
    right = next(i for i, c in enumerate(value["choices"]) if c["correct"])
    if way == "mouse":
        section.get_by_text(value["choices"][right]["text"], exact=True).click()
    else:
        choose_radio(page, section.locator("input[type=radio]"), right)
    submit(page, section, way)


def multiple_choice(page, section, value, way):
    boxes = section.locator("input[type=checkbox]")
    for index, choice in enumerate(value["choices"]):
        if not choice["correct"]:
            continue
        if way == "mouse":
            section.get_by_text(choice["text"], exact=True).click()
        else:
            tab_to(page, boxes.nth(index))
            page.keyboard.press("Space")
        expect(boxes.nth(index)).to_be_checked()
    assert boxes.evaluate_all("all => all.filter(box => box.checked).length") == sum(
        c["correct"] for c in value["choices"]
    )
    submit(page, section, way)


def true_false(page, section, value, way):
    for statement in value["statements"]:
        group = section.locator("fieldset.exercise__fieldset").filter(
            has=page.get_by_text(statement["text"], exact=True)
        )
        answer = "Vrai" if statement["is_true"] else "Faux"
        if way == "mouse":
            group.get_by_text(answer, exact=True).click()
        else:
            choose_radio(page, group.locator("input[type=radio]"), 0 if statement["is_true"] else 1)
        expect(group.get_by_label(answer, exact=True)).to_be_checked()
    submit(page, section, way)


def fill_blanks(page, section, value, way):
    answers = [accepted[0] for accepted in split_text(value["text"])[1::2]]
    for number, answer in enumerate(answers, start=1):
        field = section.get_by_label(re.compile(f"^Mot manquant n° {number}, dans la phrase : "))
        if way == "mouse":
            field.click()
        else:
            tab_to(page, field)
        page.keyboard.type(answer)
        expect(field).to_have_value(answer)
    submit(page, section, way)


def ordering(page, section, value, way):
    """The mouse drags each item by its text; the keyboard presses « Monter » on it."""
    items = section.locator("[data-ordering-item]")
    right = list(value["items"])

    def shown():
        return [t.strip() for t in section.locator("[data-ordering-text]").all_inner_texts()]

    assert sorted(shown()) == sorted(right) and shown() != right
    for place, text in enumerate(right):
        now = shown().index(text)
        if now == place:
            continue
        if way == "mouse":
            center(section.locator("[data-ordering-list]"))
            box = items.nth(place).bounding_box()
            x, _ = middle(items.nth(place))
            drag(page, items.nth(now).locator("[data-ordering-text]"), x, box["y"] + 6)
        else:
            tab_to(page, items.nth(now).locator('[data-move="-1"]'))
            press(page, "Enter", now - place)
            # The moved item keeps the focus, on its « Monter » button.
            expect(items.nth(place).locator('[data-move="-1"]')).to_be_focused()
        assert shown()[place] == text, shown()
    assert shown() == right
    submit(page, section, way)


def sort(page, section, value, way):
    """The mouse drags each item by its handle into its category's box; the keyboard picks the
    category in the item's menu with the arrow keys, then leaves it with Tab."""
    names = [category["name"] for category in value["categories"]]
    for index, category in enumerate(value["categories"]):
        box = section.locator(".sorting__box").filter(
            has=page.get_by_role("heading", name=category["name"], exact=True)
        )
        for text in category["items"]:
            item = section.locator("[data-sort-item]").filter(
                has=page.get_by_text(text, exact=True)
            )
            if way == "mouse":
                center(section.locator("[data-sort]"))
                x, y = middle(box)
                drag(page, item.locator("[data-sort-handle]"), x, y)
            else:
                # The item stays under the keyboard while its menu changes; it goes to its box,
                # and says so, when the focus leaves it.
                choose_option(page, item.locator("select"), index + 1)
                expect(item.locator("select")).to_be_focused()
                page.keyboard.press("Tab")
                expect(section.locator("[data-sort-live]")).to_have_text(
                    f"« {text} » est rangé dans « {names[index]} »."
                )
            expect(box.locator("[data-sort-item]").filter(has_text=text)).to_have_count(1)
            assert item.locator("select option:checked").inner_text() == names[index]
    expect(section.locator(".sorting__box--unplaced [data-sort-item]")).to_have_count(0)
    submit(page, section, way)


def click_image(page, section, zones, way):
    """The mouse clicks the middle of the right zone; the keyboard moves the marker there
    with the arrows (5 % a press, 1 % with Shift) from the middle of the picture, then Enter."""
    zone = zones[0]
    goal_x, goal_y = zone["x"] + zone["width"] / 2, zone["y"] + zone["height"] / 2
    stage = section.locator("[data-stage]")
    if way == "mouse":
        center(stage)
        box = section.locator("img.click-image__picture").bounding_box()
        page.mouse.click(
            box["x"] + box["width"] * goal_x / 100, box["y"] + box["height"] * goal_y / 100
        )
    else:
        tab_to(page, stage)
        for distance, forward, back in (
            (goal_x - 50, "ArrowRight", "ArrowLeft"),
            (goal_y - 50, "ArrowDown", "ArrowUp"),
        ):
            key = forward if distance > 0 else back
            big, rest = divmod(abs(distance), 5)
            press(page, key, int(big))
            press(page, f"Shift+{key}", round(rest))
        page.keyboard.press("Enter")
    expect(section.locator("[data-marker]")).to_have_count(1)
    placed = [float(section.locator(f'input[name$="-{axis}"]').input_value()) for axis in "xy"]
    assert abs(placed[0] - goal_x) < zone["width"] / 2, placed
    assert abs(placed[1] - goal_y) < zone["height"] / 2, placed
    submit(page, section, way)


def mouse_drill(page, section, value, way):
    """The drag drill. The mouse carries each envelope onto the folder; the keyboard takes it
    with Space, goes to the folder with Tab and drops it with Enter. The last target sends
    the answer by itself."""
    assert value["action"] == "drag"
    envelopes = section.locator("[data-target]")
    folder = section.locator("[data-folder]")
    status = section.locator("[data-status]")
    for number in range(1, value["targets"] + 1):
        envelope = envelopes.nth(number - 1)
        expect(envelope).to_be_visible()
        if way == "mouse":
            center(section.locator("[data-area]"))
            x, y = middle(folder)
            drag(page, envelope, x, y)
        else:
            if number == 1:
                tab_to(page, envelope)
            else:  # the next envelope takes the focus by itself
                expect(envelope).to_be_focused()
            page.keyboard.press("Space")
            expect(status).to_contain_text("Enveloppe prise")
            page.keyboard.press("Tab")
            expect(folder).to_be_focused()
            page.keyboard.press("Enter")
        if number < value["targets"]:
            expect(status).to_contain_text(f"Cible {number} sur {value['targets']} réussie.")


def keyboard_drill(page, section, value, way):
    """Each practice zone is clicked (mouse) or reached with Tab, then the shortcut pressed."""
    fields = section.locator("[data-keyboard-drill] > li")
    for index, item in enumerate(value["items"]):
        assert item["type"] == "shortcut"
        zone = fields.nth(index).locator("textarea")
        if way == "mouse":
            zone.click()
        else:
            tab_to(page, zone)
        letter, _label = SHORTCUTS[item["value"]["shortcut"]]
        page.keyboard.press(f"Control+{letter.lower()}")
        expect(fields.nth(index).locator("[data-detected]")).to_contain_text(
            f"Raccourci reconnu : Ctrl + {letter} ("
        )
    submit(page, section, way)


PROCEDURE_SAMPLES = {
    "required": "8 rue des Lilas",
    "email": "lucie.martin@courriel.example",
    "date": "12/03/1950",
    "postcode": "45000",
}


def procedure(page, section, value, way):
    """Step after step: each field filled in (a menu's choice picked with the arrow keys, or
    chosen by Playwright for the mouse: Chromium's menu list cannot be clicked headless), then
    « Continuer », and « Valider » at the end."""
    steps = list(value["steps"])
    for number, step in enumerate(steps, start=1):
        shown = section.locator(f'[data-procedure-step="{number}"]')
        expect(shown).to_be_visible()
        for item in step["fields"]:
            field = shown.get_by_label(re.compile(f"^{re.escape(item['label'])}"))
            if item["kind"] == "file":
                raise AssertionError("no file field in the chosen procedure")
            if item["kind"] == "checkbox":
                if way == "mouse":
                    shown.get_by_text(item["label"]).click()
                else:
                    tab_to(page, field)
                    page.keyboard.press("Space")
                expect(field).to_be_checked()
                continue
            answer = (
                item["expected"] if item["rule"] == "exact" else PROCEDURE_SAMPLES[item["rule"]]
            )
            if item["kind"] == "select":
                choices = [c.strip() for c in item["choices"].splitlines() if c.strip()]
                if way == "mouse":
                    field.select_option(answer)
                else:
                    choose_option(page, field, choices.index(answer) + 1)
            else:
                if way == "mouse":
                    field.click()
                else:
                    tab_to(page, field)
                page.keyboard.type(answer)
            expect(field).to_have_value(answer)
        name = "Continuer" if number < len(steps) else "Valider"
        submit(page, section, way, name)
        if number < len(steps):
            following = section.locator(f'[data-procedure-step="{number + 1}"]')
            expect(following).to_be_visible()
            expect(following.get_by_text(f"L'étape {number} est validée.")).to_be_visible()
            expect(following).to_be_focused()  # the keyboard goes on from the new step
    done = section.locator("[data-procedure-done]")
    expect(done).to_contain_text("Votre demande a bien été enregistrée.")
    expect(done).to_be_focused()


def scam_check(page, section, value, way):
    index = 1 if value["verdict"] == "scam" else 0
    if way == "mouse":
        real = "C'est un vrai site" if value["kind"] == "webpage" else "C'est un vrai message"
        section.get_by_text("C'est une arnaque" if index else real, exact=True).click()
    else:
        choose_radio(page, section.locator("input[type=radio]"), index)
    submit(page, section, way)
    expect(section.locator("[data-scam-result]")).to_contain_text("Bien vu !")
    expect(section.locator("[data-scam-result]")).to_be_focused()


ANSWER = {
    "single_choice": single_choice,
    "multiple_choice": multiple_choice,
    "true_false": true_false,
    "fill_blanks": fill_blanks,
    "ordering": ordering,
    "sort": sort,
    "click_image": click_image,
    "mouse_drill": mouse_drill,
    "keyboard_drill": keyboard_drill,
    "procedure": procedure,
    "scam_check": scam_check,
}


def spec_value(spec):
    value = spec["value"]
    return value.zones if callable(value) else value  # click_image: its zones only


def pass_exercise(site_url, learner, exercise_places, axe, kind):
    """Passes the chosen exercise of `kind` the learner's way; returns axe's findings."""
    page, way = learner.page, learner.way
    title = CHOSEN[kind]
    spec = SPECS[title]
    assert spec["kind"] == kind
    path, section_id = exercise_places[title]
    violations = []

    assert page.goto(f"{site_url}{path}").ok
    section = page.locator(f"#{section_id}")
    expect(section.get_by_role("heading", name=title, exact=True)).to_be_visible()
    expect(section.locator(".done-badge")).to_have_count(0)
    violations += axe_violations(axe, page)

    ANSWER[kind](page, section, spec_value(spec), way)

    # The corrected section, sent back by the server in place of the exercise.
    feedback = section.locator(".exercise__feedback")
    expect(feedback.locator(".feedback--right").first).to_have_text(
        spec["success"] or "Bravo, c'est réussi !", timeout=10_000
    )
    expect(section.locator(".exercise__status .done-badge")).to_have_text("✓ Réussi")
    expect(section).to_have_class(re.compile(r"\bexercise--passed\b"))
    if kind not in ("scam_check", "procedure"):  # those put the focus on their own result
        expect(feedback).to_be_focused()
    violations += axe_violations(axe, page)
    screenshot(page, f"exercise-{kind}-{way}")
    learner.passed.append(title)
    return violations


# The tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "way"),
    [(kind, way) for way in WAYS for kind in CHOSEN],
    ids=[f"{kind}-{way}" for way in WAYS for kind in CHOSEN],
)
def test_a_learner_passes_an_exercise(site_url, learners, exercise_places, axe, kind, way):
    learner = learners(way)
    page = learner.page
    title = CHOSEN[kind]
    violations = pass_exercise(site_url, learner, exercise_places, axe, kind)

    my_path = nav(page).get_by_role("link", name="Mon parcours")
    if way == "mouse":
        my_path.click()
    else:
        tab_to(page, my_path)
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Mon parcours")
    latest = page.locator(".result-item").first
    expect(latest.locator(".result-item__title")).to_have_text(title)
    expect(latest.locator(".result-item__score")).to_contain_text("✓ Réussi")
    assert violations == []
    assert learner.errors == []


@pytest.mark.parametrize("way", WAYS)
def test_my_path_lists_the_exercises_passed(site_url, learners, exercise_places, axe, way):
    learner = learners(way)
    # Run alone (or on another worker than the tests above), the learner passes enough
    # exercises here to fill the list past its limit.
    for kind, title in CHOSEN.items():
        if len(learner.passed) > MY_PATH_LIMIT:
            break
        if title not in learner.passed:
            assert pass_exercise(site_url, learner, exercise_places, axe, kind) == []
    page = learner.page
    response = page.goto(f"{site_url}/mon-parcours/")
    assert response.status == 200 and page.url == f"{site_url}/mon-parcours/", (
        f"{response.status} {page.url}: {page.locator('body').inner_text()[:1000]}"
    )
    expected = list(reversed(learner.passed))[:MY_PATH_LIMIT]
    items = page.locator(".result-item")
    expect(items).to_have_count(len(expected))
    assert items.locator(".result-item__title").all_inner_texts() == expected
    for index in range(len(expected)):
        expect(items.nth(index).locator(".result-item__score")).to_contain_text("✓ Réussi")
    assert axe_violations(axe, page) == []
    screenshot(page, f"exercise-my-path-{way}")
