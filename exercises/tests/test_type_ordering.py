"""Remettre dans l'ordre: a mixed order that never is the right one, strict positions."""

import re

import pytest
from django.core.exceptions import ValidationError

from exercises.registry import get_type, keyed, shuffled
from progress.models import ExerciseResult

from .conftest import post_answer

KIND = "ordering"


def _keys(exercise):
    return [k for k, _ in keyed(exercise.block[1]["items"])]


def _positions(keys, order):
    """Fields that put the items of ``keys`` in the given ``order`` (list of keys)."""
    return {f"pos-{k}": str(order.index(k) + 1) for k in keys}


def _section(html, exercise):
    return html.split(f'id="exercice-{exercise.pk}"')[1].split("</section>")[0]


def test_shuffled_is_stable_and_never_the_right_order():
    for n in range(2, 9):
        keys = [f"k{i}" for i in range(n)]
        for seed in range(60):
            mixed = shuffled(keys, f"ordering-{seed}")
            assert mixed != keys and sorted(mixed) == sorted(keys)
            assert mixed == shuffled(keys, f"ordering-{seed}")


def test_page_shows_the_items_mixed_with_plain_position_menus(client, placed, lesson):
    exercise = placed(KIND)
    texts = list(exercise.block[1]["items"])
    first = _section(client.get(lesson.url).content.decode(), exercise)
    again = _section(client.get(lesson.url).content.decode(), exercise)
    pattern = r'<span class="ordering__text" data-ordering-text>([^<]*)</span>'
    shown = [t.replace("&#x27;", "'") for t in re.findall(pattern, first)]
    assert sorted(shown) == sorted(texts) and shown != texts
    assert re.findall(pattern, again) == re.findall(pattern, first)  # the same on each visit
    # Each menu starts on the place its item is shown at: sending it as is is not right.
    selects = re.findall(r"<select name=\"ex\d+-pos-([^\"]+)\".*?</select>", first, re.S)
    assert len(selects) == 5
    for place, select in enumerate(re.findall(r"<select.*?</select>", first, re.S), start=1):
        assert re.findall(r'value="(\d)" selected', select) == [str(place)]
    assert "Monter" in first and "Descendre" in first and "ordering.js" in first
    assert 'aria-live="polite"' in first


def test_right_partial_and_wrong_orders(client, placed, lesson, learner):
    exercise = placed(KIND)
    keys = _keys(exercise)
    client.force_login(learner)
    swapped = [keys[1], keys[0], *keys[2:]]
    assert post_answer(client, exercise, lesson, _positions(keys, swapped)).json()["score"] == 0.6
    reversed_ = post_answer(client, exercise, lesson, _positions(keys, keys[::-1])).json()
    assert reversed_["score"] == 0.2  # the middle step stays in place
    right = post_answer(client, exercise, lesson, _positions(keys, keys)).json()
    assert right["score"] == 1 and right["passed"]
    assert ExerciseResult.objects.get(user=learner).attempts == 3


def test_after_an_answer_the_menus_keep_it_and_each_item_is_marked(client, placed, lesson, learner):
    exercise = placed(KIND)
    keys = _keys(exercise)
    client.force_login(learner)
    order = [keys[1], keys[0], *keys[2:]]
    response = post_answer(client, exercise, lesson, _positions(keys, order), json=False)
    html = response.content.decode()
    for key in keys:
        select = re.search(rf'name="ex{exercise.pk}-pos-{key}".*?</select>', html, re.S)[0]
        assert f'value="{order.index(key) + 1}" selected' in select
    assert html.count("ordering__item--wrong") == 2 and html.count("ordering__item--right") == 3
    assert "Sans adresse, le message ne peut pas partir" in html


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f, k: {**f, f"pos-{k[0]}": "2"}, "même position"),
        (lambda f, k: {**f, f"pos-{k[0]}": "6"}, "ne fait pas partie"),
        (lambda f, k: {**f, f"pos-{k[0]}": "0"}, "ne fait pas partie"),
        (lambda f, k: {**f, f"pos-{k[0]}": "un"}, "ne fait pas partie"),
        (lambda f, k: {key: v for key, v in f.items() if key != f"pos-{k[0]}"}, "Il manque"),
        (lambda f, k: {**f, "pos-autre": "1"}, "champ inconnu"),
        (lambda f, k: {**f, f"pos-{k[0]}": ["1", "1"]}, "deux fois"),
    ],
)
def test_posts_no_honest_form_sends_are_refused(change, message, client, placed, lesson, learner):
    exercise = placed(KIND)
    keys = _keys(exercise)
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, change(_positions(keys, keys), keys))
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not ExerciseResult.objects.exists()


def test_stale_answers_are_scored_without_failing(placed):
    exercise = placed(KIND)
    exercise_type, value = exercise.block
    keys = _keys(exercise)
    assert exercise_type.score(value, {"ancienne": 1}).points == 0
    assert exercise_type.score(value, []).max_points == 5
    assert exercise_type.score(value, {keys[0]: 1, "ancienne": 2}).points == 1


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["Ouvrir sa messagerie"], "au moins deux éléments"),
        (["Ouvrir sa messagerie", "ouvrir  sa messagerie"], "Deux éléments sont identiques"),
    ],
)
def test_admin_refuses_too_few_or_twice_the_same(items, message):
    block = get_type(KIND).block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"question": "Dans quel ordre ?", "items": items}))
    assert message in str(error.value)


def test_admin_accepts_two_items():
    block = get_type(KIND).block()
    value = block.to_python({"question": "Q", "items": ["Allumer", "Se connecter"]})
    assert list(block.clean(value)["items"]) == ["Allumer", "Se connecter"]
