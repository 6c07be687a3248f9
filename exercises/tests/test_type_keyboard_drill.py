"""Exercice de clavier: typed texts must match exactly (capitals and accents are the point),
shortcuts must be one of the known ones; typed texts work without JavaScript."""

import pytest
from django.core.exceptions import ValidationError
from django.utils.datastructures import MultiValueDict

from exercises.registry import get_type
from progress.models import ExerciseAttempt, ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

ITEMS = {
    "items": [
        {
            "type": "typed",
            "value": {
                "prompt": "Tapez le prénom de votre voisine.",
                "expected": "Hélène",
                "help": "Le è : touche 7.",
            },
        },
        {
            "type": "typed",
            "value": {
                "prompt": "Tapez le nom de l'école.",
                "expected": "L’école des Tilleuls",  # the author's word processor's apostrophe
                "help": "",
            },
        },
        {
            "type": "shortcut",
            "value": {"shortcut": "undo", "prompt": "", "practice_text": "", "help": ""},
        },
    ]
}


@pytest.fixture
def drill(placed):
    exercise = placed("keyboard_drill", ITEMS)
    keys = [f"i-{child.id}" for child in exercise.block[1]["items"]]
    return exercise, keys


def fields(keys, *values):
    return dict(zip(keys, values, strict=True))


def test_exact_texts_and_the_right_shortcut_pass(client, drill, lesson, learner):
    exercise, keys = drill
    client.force_login(learner)
    reply = post_answer(
        client, exercise, lesson, fields(keys, " Hélène ", "L'école des Tilleuls", "undo")
    ).json()
    assert reply["score"] == 1 and reply["passed"] is True
    stored = ExerciseResult.objects.get().last_answer
    assert stored[keys[0][2:]] == " Hélène "  # kept as typed; compared without outer spaces


def test_same_letters_written_another_way_are_the_same_text():
    keyboard_drill = get_type("keyboard_drill")
    assert keyboard_drill._typed("k", "He\u0301le\u0300ne", "Hélène").correct  # decomposed
    assert keyboard_drill._typed("k", "14\u00a0h", "14 h").correct  # a non-breaking space


@pytest.mark.parametrize(
    "typed, message, marked",
    [
        ("hélène", "Le 1er caractère doit être une majuscule : « H ».", "h"),
        ("HÉlène", "Le 2e caractère doit être une minuscule : « é ».", "É"),
        ("Helène", "Attention à l&#x27;accent du 2e caractère : « é ».", "e"),
        ("Hélêne", "Attention à l&#x27;accent du 4e caractère : « è ».", "ê"),
        ("Hélèn", "il manque la suite, « e ».", ""),
        ("Hélènes", "des caractères en trop à la fin : « s ».", ""),
        ("Hélàne", "Le 4e caractère doit être « è » et non « à ».", "à"),
        ("", "Rien n&#x27;a été tapé ici.", ""),
    ],
)
def test_a_wrong_text_says_where_it_differs(typed, message, marked, client, drill, lesson):
    exercise, keys = drill
    reply = post_answer(
        client, exercise, lesson, fields(keys, typed, "L'école des Tilleuls", "undo")
    ).json()
    assert reply["score"] == pytest.approx(2 / 3) and reply["passed"] is False
    assert message in reply["html"]
    if marked:
        assert f'<mark class="keyboard-drill__mark">{marked}</mark>' in reply["html"]


def test_spaces_and_accents_without_a_letter_are_explained():
    keyboard_drill = get_type("keyboard_drill")

    def explain(typed, model):
        return keyboard_drill._typed("k", typed, model).feedback

    assert explain("Rendez-vousà", "Rendez-vous à") == "Il manque un espace au 12e caractère."
    assert explain("Hé lène", "Hélène") == "Il y a un espace en trop au 3e caractère."
    assert explain("Hélènè", "Hélène") == "Le 6e caractère n'a pas d'accent : « e »."


def test_a_wrong_or_missing_shortcut_is_named(client, drill, lesson):
    exercise, keys = drill
    right_texts = ("Hélène", "L'école des Tilleuls")
    wrong = post_answer(client, exercise, lesson, fields(keys, *right_texts, "copy")).json()
    assert wrong["score"] == pytest.approx(2 / 3)
    assert "Vous avez fait Ctrl + C (Copier) ; il fallait Ctrl + Z (Annuler)." in wrong["html"]
    none = post_answer(client, exercise, lesson, fields(keys, *right_texts, "")).json()
    assert "Aucun raccourci n&#x27;a été reconnu" in none["html"]


def test_without_javascript_typed_texts_still_count(client, drill, lesson, learner):
    exercise, keys = drill
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    assert "Ce raccourci est reconnu par JavaScript" in page  # the noscript note
    response = post_answer(
        client, exercise, lesson, fields(keys[:2], "Hélène", "L'école des Tilleuls"), json=False
    )
    assert response.status_code == 200
    assert ExerciseResult.objects.get().last_score == pytest.approx(2 / 3)


def test_the_page_gives_models_and_plain_fields(client, drill, lesson):
    exercise, keys = drill
    html = client.get(lesson.url).content.decode()
    assert "À taper :" in html and "Hélène" in html
    assert "L&#x27;école des Tilleuls" in html  # the model uses the apostrophe of the keyboard
    assert 'autocomplete="off" autocapitalize="off" autocorrect="off" spellcheck="false"' in html
    assert "<kbd>Ctrl</kbd> + <kbd>Z</kbd>" in html and "Appuyez sur Ctrl + Z (Annuler)." in html
    assert f'name="ex{exercise.pk}-{keys[2]}" value="" data-shortcut' in html
    assert "<textarea" in html and 'name="ex' not in html.split("<textarea")[1].split(">")[0]
    assert "keyboard_drill.js" in html and "Raccourci reconnu" in html


def test_after_an_answer_the_fields_keep_what_was_typed(client, drill, lesson):
    exercise, keys = drill
    html = post_answer(client, exercise, lesson, fields(keys, "Helene", "", "undo")).json()["html"]
    assert 'value="Helene"' in html
    assert html.count("keyboard-drill__item--right") == 1
    assert html.count("keyboard-drill__item--wrong") == 2


def test_a_stale_answer_is_scored_without_error(drill):
    exercise, keys = drill
    keyboard_drill, value = exercise.block
    assert keyboard_drill.score(value, {"gone": "Hélène"}).points == 0
    assert keyboard_drill.score(value, {keys[0][2:]: ["Hélène"], keys[2][2:]: 3}).points == 0
    for broken in [None, [], "Hélène"]:
        assert keyboard_drill.score(value, broken).max_points == 3


@pytest.mark.parametrize(
    "change",
    [
        {2: "reboot"},  # not a known shortcut
        {2: "Undo"},
        {0: "é" * 501},  # longer than any honest answer
        {"i-nope": "x"},
    ],
)
def test_tampered_answers_are_refused(change, client, drill, lesson, learner):
    exercise, keys = drill
    posted = fields(keys, "Hélène", "L'école des Tilleuls", "undo")
    for where, what in change.items():
        posted[keys[where] if isinstance(where, int) else where] = what
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, posted)
    assert response.status_code == 400
    assert french_only(response.json()["error"])
    assert not ExerciseAttempt.objects.exists()


def test_parse_refuses_a_text_sent_twice(drill):
    exercise, keys = drill
    keyboard_drill, value = exercise.block
    data = MultiValueDict({keys[0]: ["Hélène", "Hélène"]})
    with pytest.raises(Exception, match="deux fois"):
        keyboard_drill.parse(value, data, {})


def test_an_empty_drill_is_refused_in_the_admin():
    block = get_type("keyboard_drill").block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"items": []}))
    assert "Ajoutez au moins un texte à taper ou un raccourci" in str(error.value)


def test_a_sound_drill_is_accepted_and_an_unknown_shortcut_is_not():
    block = get_type("keyboard_drill").block()
    assert len(block.clean(block.to_python(ITEMS))["items"]) == 3
    bad = {"items": [{"type": "shortcut", "value": {"shortcut": "close_tab", "prompt": ""}}]}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(bad))


def test_the_admin_creates_a_drill_from_its_form(admin_client, db):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from exercises.models import Exercise

    typed = {"prompt": "Tapez votre ville.", "expected": "Saint-Étienne", "help": ""}
    shortcut = {"shortcut": "paste", "prompt": "", "practice_text": "", "help": ""}
    data = nested_form_data(
        {
            "title": "Le clavier",
            "instructions": "",
            "hint": "",
            "success_feedback": "",
            "pass_mark": 100,
            "body": streamfield(
                [
                    (
                        "keyboard_drill",
                        {"items": streamfield([("typed", typed), ("shortcut", shortcut)])},
                    )
                ]
            ),
        }
    )
    response = admin_client.post("/admin/snippets/exercises/exercise/add/", data)
    assert response.status_code == 302
    exercise_type, value = Exercise.objects.get(title="Le clavier").block
    assert [child.block_type for child in value["items"]] == ["typed", "shortcut"]
    assert exercise_type.prepare(value, None)["items"][1]["prompt"] == (
        "Appuyez sur Ctrl + V (Coller)."
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_a_browser_texts_are_typed_and_shortcuts_caught(
    django_db_setup, live_server, make_course, monkeypatch
):
    from exercises.factories import ExerciseFactory, place

    from .drills_browser import chromium_page

    expect = pytest.importorskip("playwright.sync_api").expect
    _, (lesson,) = make_course(lessons=1)
    exercise = ExerciseFactory(kind="keyboard_drill")  # the sample: 3 texts, then Ctrl+A, Ctrl+C
    place(lesson, exercise)
    with chromium_page(monkeypatch) as (page, errors):
        page.goto(live_server.url + lesson.url)
        section = page.locator(f"#exercice-{exercise.pk}")
        texts, fields = section.locator("[data-typed]"), section.locator("[data-practice]")
        texts.nth(0).click()
        page.keyboard.type("helene")
        page.keyboard.press("Enter")  # goes on to the next text instead of sending
        expect(texts.nth(1)).to_be_focused()
        page.keyboard.type("jean.dupont@exemple.fr")
        texts.nth(2).fill("Rendez-vous à 14 h")
        fields.nth(0).click()
        page.keyboard.press("Control+a")
        expect(section.locator("[data-detected]").nth(0)).to_have_text(
            "Raccourci reconnu : Ctrl + A (Tout sélectionner)."
        )
        # Save would open the browser's window: the practice field keeps it for itself.
        page.evaluate(
            "addEventListener('keydown', e => { window.lastPrevented = e.defaultPrevented; })"
        )
        fields.nth(1).click()
        page.keyboard.press("Control+s")
        assert page.evaluate("window.lastPrevented") is True
        page.keyboard.press("Control+c")
        assert page.evaluate("window.lastPrevented") is False  # copying really copies
        section.get_by_role("button", name="Vérifier ma réponse").click()
        feedback = section.locator(".exercise__feedback")
        expect(feedback).to_contain_text("Bonnes réponses : 4 sur 5.")
        expect(section).to_contain_text("Le 1er caractère doit être une majuscule : « H ».")
        expect(section.locator("mark")).to_have_text("h")

        section.locator("[data-typed]").nth(0).fill("Hélène")
        section.get_by_role("button", name="Vérifier de nouveau").click()
        expect(feedback).to_contain_text("Bravo, c'est réussi !")
        assert errors == []
