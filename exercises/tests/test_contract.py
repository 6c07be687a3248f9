"""Every registered exercise type against one contract: it renders without giving its answers
away, scores a right, a wrong and a partial answer as the author meant, refuses tampering and
stores nothing then. A new type is checked here without writing a test of its own."""

from html import unescape

import pytest

from exercises.registry import all_types
from progress.models import ExerciseAttempt, ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

TYPES = [t.name for t in all_types()]


def test_every_type_is_registered_once_with_its_parts():
    assert len(TYPES) == len(set(TYPES)) >= 3
    for exercise_type in all_types():
        assert exercise_type.label and exercise_type.template and exercise_type.block_class
        meta = exercise_type.block_class._meta_class
        assert meta.icon and meta.description and meta.label


@pytest.mark.parametrize("kind", TYPES)
def test_page_renders_without_the_answers(kind, client, placed, lesson):
    exercise = placed(kind)
    html = client.get(lesson.url).content.decode()
    assert f'id="exercice-{exercise.pk}"' in html
    assert f'action="/exercices/{exercise.pk}/reponse/"' in html
    for secret in exercise.block[0].secrets(exercise.block[1]):
        assert secret not in html, f"{kind} gives away {secret!r}"


@pytest.mark.parametrize("kind", TYPES)
def test_right_wrong_and_partial_answers(kind, client, placed, lesson, learner):
    exercise = placed(kind)
    exercise_type, value = exercise.block
    examples = exercise_type.example_answers(value)
    client.force_login(learner)

    wrong = post_answer(client, exercise, lesson, examples["wrong"]).json()
    assert wrong["passed"] is False and wrong["score"] < 1
    if examples["partial"] is not None:
        partial = post_answer(client, exercise, lesson, examples["partial"]).json()
        assert 0 < partial["score"] < 1 and partial["passed"] is False
    right = post_answer(client, exercise, lesson, examples["right"]).json()
    assert right["passed"] is True and right["score"] == 1
    assert right["lesson_completed"] is True

    result = ExerciseResult.objects.get(user=learner, exercise=exercise)
    assert result.best_score == 1 and result.passed
    assert result.attempts == (3 if examples["partial"] is not None else 2)
    # Back on the lesson, the answer is as it was left, with its correction.
    assert "Bravo, c'est réussi" in client.get(lesson.url).content.decode()


@pytest.mark.parametrize("kind", TYPES)
def test_tampered_answers_are_refused_and_nothing_is_stored(kind, client, placed, lesson, learner):
    exercise = placed(kind)
    other = placed("single_choice")
    right = exercise.block[0].example_answers(exercise.block[1])["right"]
    client.force_login(learner)
    url = f"/exercices/{exercise.pk}/reponse/"
    prefixed = {f"ex{exercise.pk}-{k}": v for k, v in right.items()}
    tampered = [
        {**prefixed, f"ex{exercise.pk}-nope": "1"},  # a field the form has not
        {**prefixed, f"ex{other.pk}-choice": "x"},  # a field of another exercise
        {**prefixed, f"ex{exercise.pk}-{next(iter(right))}": "é" * 600_000},  # 1 MB of text
        {key: "inconnu" for key in prefixed},  # unknown choices / wrong types
    ]
    for data in tampered:
        response = client.post(url, {**data, "lesson": lesson.pk}, headers={"Accept": "json"})
        assert response.status_code == 400, data.keys()
        assert french_only(unescape(response.content.decode())), data.keys()
    assert not ExerciseResult.objects.exists()
    assert not ExerciseAttempt.objects.exists()
