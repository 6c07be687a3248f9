"""Exercises in pages: Mon parcours, the admin, and a constant number of queries."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exercises.factories import ExerciseFactory, place
from exercises.registry import get_type

from .conftest import post_answer


def test_results_appear_in_mon_parcours(client, placed, lesson, learner):
    exercise = placed("true_false", title="Vrai ou faux : la souris")
    examples = exercise.block[0].example_answers(exercise.block[1])
    client.force_login(learner)
    post_answer(client, exercise, lesson, examples["wrong"])
    html = client.get("/mon-parcours/").content.decode()
    assert "Vrai ou faux : la souris" in html and "Pas encore réussi" in html
    post_answer(client, exercise, lesson, examples["right"])
    html = client.get("/mon-parcours/").content.decode()
    assert "✓ Réussi" in html and "meilleur score 100 % en 2 essais" in html
    assert f"{lesson.url}#exercice-{exercise.pk}" in html


def test_mon_parcours_queries_stay_constant(client, make_course, learner):
    course, lessons = make_course(lessons=6)
    client.force_login(learner)

    def answer_in(lesson_):
        exercise = ExerciseFactory()
        place(lesson_, exercise)
        right = exercise.block[0].example_answers(exercise.block[1])["right"]
        post_answer(client, exercise, lesson_, right)

    answer_in(lessons[0])
    with CaptureQueriesContext(connection) as few:
        client.get("/mon-parcours/")
    for lesson_ in lessons[1:]:
        answer_in(lesson_)
    with CaptureQueriesContext(connection) as many:
        client.get("/mon-parcours/")
    assert len(many) == len(few)


def test_lesson_queries_stay_constant_as_exercises_and_attempts_grow(client, lesson, learner):
    client.force_login(learner)
    first = ExerciseFactory()
    place(lesson, first)
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as one:
        client.get(lesson.url)
    others = [ExerciseFactory(kind=k) for k in ["true_false", "multiple_choice"] * 2]
    place(lesson, *others)
    for exercise in [first, *others]:
        examples = exercise.block[0].example_answers(exercise.block[1])
        for _ in range(3):
            post_answer(client, exercise, lesson, examples["wrong"])
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as five:
        response = client.get(lesson.url)
    assert response.content.decode().count('class="exercise ') == 5
    assert len(five) == len(one), [q["sql"] for q in five.captured_queries]


@pytest.mark.parametrize(
    ("kind", "raw", "message"),
    [
        (
            "single_choice",
            {"question": "Q", "choices": [{"text": "a"}, {"text": "b"}]},
            "exactement une bonne réponse",
        ),
        (
            "single_choice",
            {"question": "Q", "choices": [{"text": "a", "correct": True}] * 2},
            "exactement une bonne réponse",
        ),
        (
            "multiple_choice",
            {"question": "Q", "choices": [{"text": "a"}, {"text": "b"}]},
            "au moins une bonne réponse",
        ),
    ],
)
def test_admin_refuses_an_exercise_without_a_right_answer(kind, raw, message):
    block = get_type(kind).block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(raw))
    assert message in str(error.value)


def test_admin_lists_and_creates_exercises(admin_client, db):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    ExerciseFactory(title="La souris")
    assert "La souris" in admin_client.get("/admin/snippets/exercises/exercise/").content.decode()
    assert admin_client.get("/admin/snippets/exercises/exercise/add/").status_code == 200
    base = {"title": "Le bureau", "instructions": "", "hint": "", "success_feedback": ""}
    data = nested_form_data(
        {
            **base,
            "pass_mark": 100,
            "body": streamfield(
                [
                    (
                        "single_choice",
                        {
                            "question": "Où est la corbeille ?",
                            "choices": streamfield(
                                [
                                    ("item", {"text": "Sur le bureau", "correct": ""}),
                                    ("item", {"text": "Dans l'imprimante", "correct": ""}),
                                ]
                            ),
                        },
                    )
                ]
            ),
        }
    )
    response = admin_client.post("/admin/snippets/exercises/exercise/add/", data)
    assert response.status_code == 200
    assert "Cochez exactement une bonne r" in response.content.decode()  # JSON-escaped French
    from exercises.models import Exercise

    assert not Exercise.objects.filter(title="Le bureau").exists()


def test_facilitators_may_write_exercises(people, client):
    client.force_login(people["facilitator"])
    assert client.get("/admin/snippets/exercises/exercise/add/").status_code == 200
    client.force_login(people["learner_a"])
    assert client.get("/admin/snippets/exercises/exercise/add/").status_code == 302


def test_exercise_results_are_exported_and_erased_with_the_person(client, placed, lesson, learner):
    from accounts.privacy import erase_user, export_user_data
    from progress.models import ExerciseAttempt, ExerciseResult

    exercise = placed("fill_blanks")
    examples = exercise.block[0].example_answers(exercise.block[1])
    client.force_login(learner)
    post_answer(client, exercise, lesson, examples["wrong"])
    post_answer(client, exercise, lesson, examples["right"])
    exported = export_user_data(learner)
    rows = next(v for k, v in exported.items() if "ExerciseResult" in k)
    assert rows[0]["attempts"] == 2 and len(rows[0]["answers"]) == 2
    assert rows[0]["exercise"] == exercise.title

    erase_user(learner)
    result = ExerciseResult.objects.get()
    assert result.user is None and result.last_answer == {}
    assert result.best_score == 1  # the anonymous figure stays
    assert [a.answer for a in ExerciseAttempt.objects.all()] == [{}, {}]
