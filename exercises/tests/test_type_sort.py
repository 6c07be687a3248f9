"""Associer ou trier: items in categories, or pairs; the page never ties an item to its own."""

import re

import pytest
from django.core.exceptions import ValidationError

from exercises.registry import get_type, keyed
from exercises.types.sort import entries
from progress.models import ExerciseResult

from .conftest import post_answer

KIND = "sort"

PAIRS = {
    "question": "Associez chaque mot à sa définition.",
    "categories": [
        {"name": "Navigateur", "items": ["Le logiciel pour aller sur internet"]},
        {"name": "Identifiant", "items": ["Le nom qui vous fait reconnaître sur un site"]},
        {"name": "Pièce jointe", "items": ["Un fichier envoyé avec un courriel"]},
    ],
    "explanation": "",
}


def _rows(exercise):
    return entries(exercise.block[1])


def _categories(exercise):
    return [k for k, _ in keyed(exercise.block[1]["categories"])]


def _section(html, exercise):
    return html.split(f'id="exercice-{exercise.pk}"')[1].split("</section>")[0]


def test_page_lists_every_item_mixed_with_a_menu_and_nothing_chosen(client, placed, lesson):
    exercise = placed(KIND)
    html = _section(client.get(lesson.url).content.decode(), exercise)
    shown = re.findall(r"data-sort-text>([^<]*)</label>", html)
    texts = [t for _, t, _ in _rows(exercise)]
    assert sorted(shown) == sorted(t.replace("'", "&#x27;") for t in texts)
    assert shown != [t.replace("'", "&#x27;") for t in texts]  # not the author's grouping
    selects = re.findall(r"<select.*?</select>", html, re.S)
    assert len(selects) == 5
    for select in selects:
        assert re.search(r'<option value="">Choisissez…</option>\s*<option', select)
        assert "selected" not in select
        assert "Sans danger" in select and "Arnaque" in select
    assert "sort.js" in html


def test_right_partial_and_wrong_answers_and_unplaced_items(client, placed, lesson, learner):
    exercise = placed(KIND)
    rows = _rows(exercise)
    safe, scam = _categories(exercise)
    client.force_login(learner)
    right = {f"i-{k}": c for k, _, c in rows}
    one_wrong = {**right, f"i-{rows[0][0]}": scam}
    assert post_answer(client, exercise, lesson, one_wrong).json()["score"] == 0.8
    two_left = {f"i-{k}": c for k, _, c in rows[2:]}
    response = post_answer(client, exercise, lesson, two_left, json=False)
    html = response.content.decode()
    assert "Bonnes réponses : 3 sur 5." in html
    assert "2 éléments n&#x27;ont pas encore de catégorie." in html
    assert "Un organisme sérieux ne demande jamais" in html
    assert html.count("sorting__item--right") == 3 and "sorting__item--wrong" not in html
    # The menus keep what was chosen; the unplaced ones still say "Choisissez…".
    for key, _, category in rows[2:]:
        select = re.search(rf'name="ex{exercise.pk}-i-{key}".*?</select>', html, re.S)[0]
        assert f'value="{category}" selected' in select
    assert post_answer(client, exercise, lesson, right).json()["passed"] is True
    assert ExerciseResult.objects.get(user=learner).attempts == 3


def test_pairs_are_one_item_per_category(client, placed, lesson, learner):
    exercise = placed(KIND, PAIRS)
    rows = _rows(exercise)
    client.force_login(learner)
    right = {f"i-{k}": c for k, _, c in rows}
    assert post_answer(client, exercise, lesson, right).json()["score"] == 1
    swapped = {**right, f"i-{rows[0][0]}": rows[1][2], f"i-{rows[1][0]}": rows[0][2]}
    assert post_answer(client, exercise, lesson, swapped).json()["score"] == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f, rows: {k: "" for k in f}, "au moins un élément"),
        (lambda f, rows: {**f, f"i-{rows[0][0]}": rows[0][0]}, "ne fait pas partie"),
        (lambda f, rows: {**f, "i-ancien": f[f"i-{rows[0][0]}"]}, "champ inconnu"),
        (lambda f, rows: {**f, f"i-{rows[0][0]}": [rows[0][2]] * 2}, "deux fois"),
    ],
)
def test_posts_no_honest_form_sends_are_refused(change, message, client, placed, lesson, learner):
    exercise = placed(KIND)
    rows = _rows(exercise)
    client.force_login(learner)
    fields = {f"i-{k}": c for k, _, c in rows}
    response = post_answer(client, exercise, lesson, change(fields, rows))
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not ExerciseResult.objects.exists()


def test_stale_answers_are_scored_without_failing(placed):
    exercise = placed(KIND)
    exercise_type, value = exercise.block
    rows = _rows(exercise)
    assert exercise_type.score(value, {"ancien": "x"}).points == 0
    assert exercise_type.score(value, None).max_points == 5
    assert exercise_type.score(value, {rows[0][0]: rows[0][2], "ancien": "x"}).points == 1


def _category(name, *items):
    return {"name": name, "items": list(items)}


@pytest.mark.parametrize(
    ("categories", "message"),
    [
        ([_category("Arnaque", "Un SMS pour un colis")], "au moins deux catégories"),
        ([_category("Sûr", "Un courriel de la mairie"), _category("Arnaque")], "« Arnaque »"),
        ([_category("Sûr", "a"), _category("sûr", "b")], "même nom"),
        ([_category("Sûr", "Un SMS"), _category("Arnaque", "un  SMS")], "écrit deux fois"),
    ],
)
def test_admin_refuses_badly_built_categories(categories, message):
    block = get_type(KIND).block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"question": "Sûr ou arnaque ?", "categories": categories}))
    assert message in str(error.value)


def test_admin_accepts_pairs():
    block = get_type(KIND).block()
    value = block.clean(block.to_python(PAIRS))
    assert [c["name"] for c in value["categories"]] == ["Navigateur", "Identifiant", "Pièce jointe"]


def test_admin_saves_a_sort_and_refuses_an_empty_category(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from exercises.models import Exercise

    def post(title, categories):
        body = {
            "question": "Sûr ou arnaque ?",
            "explanation": "",
            "categories": streamfield(
                [
                    ("item", {"name": name, "items": streamfield([("item", t) for t in items])})
                    for name, items in categories
                ]
            ),
        }
        data = {"title": title, "instructions": "", "hint": "", "success_feedback": ""}
        data.update(pass_mark=100, body=streamfield([("sort", body)]))
        return admin_client.post("/admin/snippets/exercises/exercise/add/", nested_form_data(data))

    response = post("Vide", [("Sûr", ["Un courriel de la mairie"]), ("Arnaque", [])])
    assert response.status_code == 200
    assert "ajoutez-en au moins un" in response.content.decode()
    assert not Exercise.objects.filter(title="Vide").exists()

    response = post("Trier", [("Sûr", ["Un courriel de la mairie"]), ("Arnaque", ["Un SMS"])])
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Trier")
    assert [t for _, t, _ in entries(exercise.block[1])] == ["Un courriel de la mairie", "Un SMS"]
