"""Texte à trous: the author's brackets, the options on case and accents, strict posts."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from exercises.registry import get_type
from exercises.types.fill_blanks import blank_sentences, split_text
from progress.models import ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

KIND = "fill_blanks"


def _version(exercise):
    return get_type(KIND).example_answers(exercise.block[1])["right"]["version"]


def _post(client, exercise, lesson, blanks, **kwargs):
    fields = {f"b-{n}": given for n, given in enumerate(blanks, start=1)}
    return post_answer(
        client, exercise, lesson, {**fields, "version": _version(exercise)}, **kwargs
    )


def test_any_accepted_answer_counts_whatever_the_case_accents_and_spaces(
    client, placed, lesson, learner
):
    exercise = placed(KIND)
    client.force_login(learner)
    for blanks in [
        ["Maj", "Retour arrière", "Entrée"],
        ["Shift", "Backspace", "Enter"],
        ["  maj ", "retour   arriere", "ENTREE"],
    ]:
        reply = _post(client, exercise, lesson, blanks).json()
        assert reply["score"] == 1 and reply["passed"], blanks


def test_strict_author_options_and_typographic_apostrophes(client, placed, lesson, learner):
    value = {
        "text": "Pour ouvrir [l'Explorateur], cliquez sur le dossier jaune, puis [Entrée].",
        "ignore_case": False,
        "ignore_accents": False,
        "explanation": "",
    }
    exercise = placed(KIND, value)
    client.force_login(learner)
    assert _post(client, exercise, lesson, ["l’Explorateur", "Entrée"]).json()["score"] == 1
    assert _post(client, exercise, lesson, ["l'explorateur", "Entree"]).json()["score"] == 0
    assert _post(client, exercise, lesson, ["l'Explorateur", "entrée"]).json()["score"] == 0.5


def test_partial_answer_scores_each_blank_and_counts_empty_ones(client, placed, lesson, learner):
    exercise = placed(KIND)
    client.force_login(learner)
    response = _post(client, exercise, lesson, ["Maj", "", "Ctrl"], json=False)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bonnes réponses : 1 sur 3." in html
    assert "Un trou est resté vide." in html
    assert "Ces touches sont les mêmes" in html  # the author's explanation
    assert 'value="Ctrl"' in html  # kept as typed
    # Marked: the right one and the wrong one; the empty one is only counted in the message.
    assert html.count("blank--right") == 1 and html.count('aria-invalid="true"') == 1
    # Each verdict is the description of its own field; the empty blank has none.
    soup = BeautifulSoup(html, "html.parser")
    for number, verdict in ((1, "✓ Juste"), (3, "✗ Pas juste")):
        field = soup.find(id=f"ex{exercise.pk}-b{number}")
        described = soup.find(id=field["aria-describedby"])
        assert described.get_text(" ", strip=True).startswith(verdict)
    assert not soup.find(id=f"ex{exercise.pk}-b2").has_attr("aria-describedby")
    result = ExerciseResult.objects.get(user=learner, exercise=exercise)
    assert result.last_score == pytest.approx(1 / 3) and not result.passed


def test_stale_answers_are_scored_without_failing(placed):
    exercise = placed(KIND)
    exercise_type, value = exercise.block
    assert exercise_type.score(value, {}).points == 0
    assert exercise_type.score(value, "abîmé").max_points == 3
    outcome = exercise_type.score(value, {"1": "Maj", "7": "Entrée", "2": 12})
    assert (outcome.points, outcome.max_points) == (1, 3)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"b-1": "", "b-2": " ", "b-3": ""}, "Écrivez au moins un mot"),
        ({"b-1": "Maj", "b-4": "Entrée"}, "champ inconnu"),
        ({"b-1": ["Maj", "Shift"]}, "envoyée deux fois"),
        ({"b-1": "M" * 101}, "trop longue"),
        ({"b-1": "Maj", "version": "000000000000"}, "a changé"),
    ],
)
def test_posts_no_honest_form_sends_are_refused(fields, message, client, placed, lesson, learner):
    exercise = placed(KIND)
    client.force_login(learner)
    data = {"version": _version(exercise), **fields}
    response = post_answer(client, exercise, lesson, data)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not ExerciseResult.objects.exists()


def test_page_has_labelled_inputs_and_no_answer(client, placed, lesson):
    exercise = placed(KIND)
    html = client.get(lesson.url).content.decode()
    inputs = re.findall(r'<input type="text" class="blank__input"[^>]*>', html)
    assert len(inputs) == 3
    for number, tag in enumerate(inputs, start=1):
        assert f'id="ex{exercise.pk}-b{number}"' in tag
        assert 'autocomplete="off"' in tag and 'spellcheck="false"' in tag
        assert f'<label class="visually-hidden" for="ex{exercise.pk}-b{number}">' in html
    # Tabbing, the text around a field is not read: its name carries its sentence.
    labels = [
        BeautifulSoup(html, "html.parser").find("label", attrs={"for": f"ex{exercise.pk}-b{n}"})
        for n in (1, 2, 3)
    ]
    assert [label.get_text() for label in labels] == [
        "Mot manquant n° 1, dans la phrase : Pour écrire une lettre en majuscule, on appuie en "
        "même temps sur la touche … et sur la lettre.",
        "Mot manquant n° 2, dans la phrase : Pour effacer la lettre à gauche du curseur, on "
        "appuie sur la touche ….",
        "Mot manquant n° 3, dans la phrase : Pour aller à la ligne, on appuie sur la touche ….",
    ]
    for secret in ["Maj", "Shift", "Retour arrière", "Backspace", "Entrée", "Enter", "[", "|"]:
        assert secret not in html.split(f'id="exercice-{exercise.pk}"')[1].split("</section>")[0]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Appuyez sur [Entrée].", ["Appuyez sur …."]),
        (
            "[Ctrl] et [C] ensemble. Puis [Entrée] !",
            ["… et … ensemble.", "… et … ensemble.", "Puis … !"],
        ),
        (
            " ".join(["mot"] * 30) + " [x] " + " ".join(["fin"] * 30),
            [" ".join(["mot"] * 14 + ["…"] + ["fin"] * 14)],
        ),
    ],
)
def test_each_blank_is_named_by_its_own_sentence(text, sentences):
    assert blank_sentences(split_text(text)) == sentences


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Pour aller à la ligne, appuyez sur Entrée.", "au moins un mot à trouver"),
        ("Appuyez sur la touche [].", "Le trou n° 1 est vide"),
        ("La touche [Maj], puis [ | ].", "Le trou n° 2 est vide"),
        ("La touche [Maj|].", "une réponse vide"),
        ("La touche [Maj.", "chaque [ doit avoir son ]"),
        ("La touche Maj].", "chaque [ doit avoir son ]"),
        ("La touche [Maj [Shift]].", "chaque [ doit avoir son ]"),
    ],
)
def test_admin_refuses_badly_written_blanks(text, message):
    block = get_type(KIND).block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"text": text}))
    assert message in str(error.value)
    assert french_only(str(error.value))


def test_admin_accepts_a_good_text_and_keeps_the_options_on_by_default():
    block = get_type(KIND).block()
    value = block.clean(block.to_python({"text": "La touche [Entrée|Enter]."}))
    assert value["ignore_case"] and value["ignore_accents"]


def test_admin_form_shows_the_bracket_message(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from exercises.models import Exercise

    assert admin_client.get("/admin/snippets/exercises/exercise/add/").status_code == 200
    body = {
        "text": "La touche [Entrée.",
        "ignore_case": "on",
        "ignore_accents": "",
        "explanation": "",
    }
    data = {"title": "Trous", "instructions": "", "hint": "", "success_feedback": ""}
    data.update(pass_mark=100, body=streamfield([(KIND, body)]))
    response = admin_client.post("/admin/snippets/exercises/exercise/add/", nested_form_data(data))
    assert response.status_code == 200
    assert "chaque [ doit avoir son ]" in response.content.decode()
    assert not Exercise.objects.filter(title="Trous").exists()
