"""Measurement: the clicks and keystrokes of the authoring journey on the admin as it was
BEFORE the authoring work (the parent of the merge of the branch « authoring », 7ab204e), to
set beside the figure of today's journey (tests/browser/test_authoring_journey.py).

The same lesson as today's journey, written by a new facilitator with the same hands
(tests/browser/hands.py: the same counting rules), as close as the old admin allows:
- no dashboard link: the page explorer, from the dashboard's « Pages » count down to the
  course, then « Ajouter une sous-page »;
- no house outline: each block added with « + » (text, numbered steps, « À retenir »,
  exercise), each further step with the list's « + »;
- no exercise made in place: it is written first in the « Activités › Exercices » menu and
  saved (published only if the facilitator may: then they could not), then searched for and
  chosen in the lesson's exercise block;
- the screenshot is sent from the first step's image chooser as today, but NOT annotated: the
  annotation tool did not exist.

Serve the old commit's demo site first, from a worktree of it (its .venv and node_modules
linked to this checkout's), then run this script from today's checkout against it:

    git worktree add --detach ../before 7ab204e
    # serve it as tests/browser does: docker/start-web.sh with production settings,
    # LOAD_DEMO=true and DEMO_FACILITATOR_PASSWORD=… (or `make run` there: animateur-demo)
    .venv/bin/python bench/authoring_before.py --url http://127.0.0.1:PORT --password …

Run it on a freshly loaded demo: a lesson or exercise left by an earlier run takes the
address (the old admin refused the second « ouvrir-un-navigateur-internet ») or the name.

Prints « before: N clicks, M keystrokes »."""

import argparse
import json
import re
import secrets
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.hands import Actions  # noqa: E402
from tests.services import chromium  # noqa: E402

COURSE = "Les bases de l'ordinateur"
TITLE = "Ouvrir un navigateur internet"
STEPS = [
    "Cliquez sur le bouton Démarrer.",
    "Cliquez sur Firefox.",
    "Attendez que la page d'accueil s'affiche.",
]
SCREEN_ALT = "Le bureau de Windows, avec le bouton Démarrer en bas à gauche."
QUESTION = "Lesquels sont des navigateurs internet ?"
EXERCISE = "Reconnaître un navigateur"


def add_block(hands, page, name, plus):
    """The stream's « + » (the last one, after the blocks already there), then a block type."""
    hands.click(plus)
    hands.click(page.locator(".w-combobox").get_by_text(name, exact=True).first)


def write_the_exercise(hands, page):
    """« Activités › Exercices › Ajouter », the question, published if the admin lets the
    facilitator publish it (True), else saved as a draft (False)."""
    hands.click(page.get_by_role("button", name="Activités"))
    hands.click(page.get_by_role("link", name="Exercices", exact=True))
    hands.click(page.get_by_role("link", name=re.compile("^Ajouter")).first)
    hands.type(page.locator("#id_title"), EXERCISE)
    add_block(hands, page, "Choix multiple", page.locator(".c-sf-add-button").first)
    hands.type(page.locator("#body-0-value-question"), QUESTION)
    hands.type(page.locator("#body-0-value-choices-0-value-text"), "Firefox")
    hands.click(page.locator("#body-0-value-choices-0-value-correct"))
    if page.locator("#body-0-value-choices-1-value-text").count() == 0:
        hands.click(page.locator('[data-contentpath="choices"] .c-sf-add-button').last)
    hands.type(page.locator("#body-0-value-choices-1-value-text"), "Word")
    toggle = page.locator("footer [data-w-dropdown-target='toggle']")
    if toggle.count():
        hands.click(toggle.first)
        hands.click(page.get_by_role("button", name="Publier"))
        return True
    # Facilitators could not publish exercises then: a draft, which learners never see.
    hands.click(page.get_by_role("button", name="Enregistrer le brouillon"))
    page.get_by_text(re.compile("créé|enregistré")).first.wait_for()
    return False


def write_the_lesson(hands, page, upload):
    hands.click(page.get_by_role("link", name=re.compile(r"\d+ Pages")))
    page.wait_for_url(re.compile(r"/admin/pages/"))
    for title in ("Pas à Pas", "Les ateliers", COURSE):
        # The count opens the explorer where the person's pages start (the home page).
        link = page.get_by_role("link", name=f"Explorer les sous-pages de « {title} »")
        if title != COURSE and link.count() == 0:
            continue
        hands.click(link)
    hands.click(page.get_by_role("link", name="Ajouter une sous-page"))
    hands.type(page.locator("#id_title"), TITLE)
    hands.type(page.locator("#id_summary"), "Vous saurez ouvrir Firefox.")
    plus = page.locator('[data-contentpath="body"] .c-sf-add-button[title="Insérer un bloc"]')
    add_block(hands, page, "Texte", plus.last)
    editors = page.locator(".public-DraftEditor-content")
    hands.type(editors.last, "Le navigateur sert à aller sur internet.")
    add_block(hands, page, "Étapes numérotées", plus.last)
    steps = page.locator('[data-contentpath="instruction"] .public-DraftEditor-content')
    hands.type(steps.nth(0), STEPS[0])

    # The first step's screenshot, sent from its image chooser (no annotation tool then).
    shot = page.locator('[data-contentpath="screenshot"]').first
    hands.click(shot.get_by_role("button", name="Choisir une image"))
    hands.click(page.get_by_role("tab", name="Transférer"))
    modal = page.locator(".modal-content")
    hands.pick_file(modal.locator("input[type=file]"), upload)
    hands.type(modal.get_by_label("Texte alternatif"), SCREEN_ALT)
    hands.click(modal.get_by_role("button", name="Transférer"))
    shot.get_by_text("bureau-windows").wait_for(timeout=20_000)

    step_plus = page.locator('[data-contentpath="steps"] .c-sf-add-button[title="Ajouter"]')
    for index in (1, 2):
        hands.click(step_plus.last)
        hands.type(steps.nth(index), STEPS[index])

    add_block(hands, page, "Encadré", plus.last)
    callout = page.locator('[data-contentpath="kind"] select').last
    hands.click(callout)
    callout.select_option(label="À retenir")
    hands.clicks += 1
    hands.type(editors.last, "Firefox, Chrome et Edge sont des navigateurs.")

    add_block(hands, page, "Exercice", plus.last)
    exercise_block = page.locator('[data-contentpath="exercise"]').last
    hands.click(exercise_block.get_by_role("button").first)
    # 79 exercises over 8 pages in the demo: found by searching a word of its title.
    modal = page.locator(".modal-content")
    hands.type(modal.get_by_label("Terme de recherche"), "navigateur")
    hands.click(modal.get_by_role("link", name=EXERCISE).first)
    exercise_block.get_by_text(EXERCISE).wait_for()

    hands.click(page.locator("footer [data-w-dropdown-target='toggle']").first)
    hands.click(page.get_by_role("button", name="Publier"))
    page.get_by_text(re.compile("a été publiée")).wait_for()


def desktop_screenshot(path):
    """The made-up desktop today's journey uploads."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (800, 500), (40, 110, 170))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 450, 800, 500), fill=(30, 30, 40))
    draw.rectangle((8, 458, 128, 492), fill=(60, 120, 200))
    draw.text((20, 464), "Démarrer", fill="white")
    draw.text((520, 20), "Odette Martin", fill="white")
    # One pixel differs each run: the site would offer to reuse a picture sent before.
    picture.putpixel((secrets.randbelow(800), secrets.randbelow(400)), (1, 2, 3))
    picture.save(path)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the old commit's served demo site")
    parser.add_argument("--password", default="animateur-demo", help="its facilitator's")
    parser.add_argument("--screenshots", type=Path, default=ROOT / "test-artifacts")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="pasapas-before-"))
    upload = desktop_screenshot(workdir / "bureau-windows.png")
    hands = Actions()
    with chromium() as browser:
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(f"{args.url}/admin/login/")
        page.locator("#id_username").fill("animateur")
        page.locator("#id_password").fill(args.password)
        page.locator("#id_password").press("Enter")
        page.wait_for_url(re.compile(r"/admin/$"))
        try:
            published = write_the_exercise(hands, page)
            page.goto(f"{args.url}/admin/")  # back to the dashboard: the logo, one click
            hands.clicks += 1
            write_the_lesson(hands, page, upload)
        finally:
            args.screenshots.mkdir(exist_ok=True)
            page.screenshot(path=str(args.screenshots / "authoring-before-end.png"), full_page=True)
    figures = {"clicks": hands.clicks, "keystrokes": hands.keys, "exercise_live": published}
    print(f"before: {hands.clicks} clicks, {hands.keys} keystrokes")
    if not published:
        print("(the exercise stayed a draft: the facilitator could not publish it)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
