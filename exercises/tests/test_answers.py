"""The answer endpoint: strict about what it accepts, plain about what it says."""

from django.test import Client

from exercises.factories import ExerciseFactory
from progress.models import ExerciseResult, LessonProgress

from .conftest import post_answer


def _right(exercise):
    return exercise.block[0].example_answers(exercise.block[1])["right"]


def test_missing_csrf_token_is_a_400_with_a_message(placed, lesson, learner):
    exercise = placed("single_choice")
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, _right(exercise), json=False)
    assert response.status_code == 400
    assert "La page a expiré" in response.content.decode()
    assert not ExerciseResult.objects.exists()


def test_csrf_token_from_the_page_is_accepted(placed, lesson, learner):
    exercise = placed("single_choice")
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(lesson.url)
    token = client.cookies["csrftoken"].value
    fields = {**_right(exercise), "ignored": None}
    fields.pop("ignored")
    data = {f"ex{exercise.pk}-{k}": v for k, v in fields.items()}
    response = client.post(
        f"/exercices/{exercise.pk}/reponse/",
        {**data, "lesson": lesson.pk, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 200
    assert ExerciseResult.objects.get().passed


def test_an_exercise_not_in_the_lesson_is_refused(client, lesson, learner, make_course):
    exercise = ExerciseFactory()
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, _right(exercise))
    assert response.status_code == 400
    assert "ne fait pas partie de cette leçon" in response.json()["error"]
    for bad in ["", "abc", "999999"]:
        response = client.post(
            f"/exercices/{exercise.pk}/reponse/",
            {f"ex{exercise.pk}-choice": "x", "lesson": bad},
        )
        assert response.status_code == 400
    assert client.get(f"/exercices/{exercise.pk}/reponse/").status_code == 405
    assert client.post("/exercices/999999/reponse/").status_code == 404
    assert not ExerciseResult.objects.exists()


def test_a_missing_answer_is_explained(client, placed, lesson, learner):
    exercise = placed("single_choice")
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, {}, json=False)
    assert response.status_code == 400
    assert "Il manque une réponse" in response.content.decode()


def test_without_javascript_the_answer_page_shows_the_correction(client, placed, lesson, learner):
    exercise = placed("single_choice")
    exercise_type, value = exercise.block
    client.force_login(learner)
    response = post_answer(
        client, exercise, lesson, exercise_type.example_answers(value)["wrong"], json=False
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Pas encore tout à fait" in html
    assert exercise.hint in html
    assert "La croix ferme une fenêtre." in html  # the author's feedback on that choice
    assert f"{lesson.url}#exercice-{exercise.pk}" in html


def test_anonymous_visitors_get_the_correction_and_nothing_is_stored(client, placed, lesson):
    exercise = placed("single_choice")
    response = post_answer(client, exercise, lesson, _right(exercise))
    assert response.json()["passed"] is True
    assert not ExerciseResult.objects.exists()


def test_lesson_completes_only_when_every_required_exercise_is_passed(
    client, placed, lesson, learner
):
    first, second = placed("single_choice"), placed("true_false")
    client.force_login(learner)
    assert post_answer(client, first, lesson, _right(first)).json()["lesson_completed"] is False
    assert not LessonProgress.objects.filter(user=learner, completed_at__isnull=False).exists()
    assert post_answer(client, second, lesson, _right(second)).json()["lesson_completed"] is True
    assert LessonProgress.objects.get(user=learner, lesson=lesson).is_completed


def test_optional_exercises_do_not_hold_the_lesson(client, lesson, learner):
    from exercises.factories import place

    required, optional = ExerciseFactory(), ExerciseFactory(kind="true_false")
    place(lesson, required)
    place(lesson, optional, required=False)
    client.force_login(learner)
    assert post_answer(client, required, lesson, _right(required)).json()["lesson_completed"]


def test_pass_mark_lets_the_author_accept_a_partial_answer(client, placed, lesson, learner):
    exercise = placed("multiple_choice", pass_mark=50)
    examples = exercise.block[0].example_answers(exercise.block[1])
    client.force_login(learner)
    assert post_answer(client, exercise, lesson, examples["partial"]).json()["passed"] is True


def test_best_score_stays_and_last_score_follows(client, placed, lesson, learner):
    exercise = placed("true_false")
    examples = exercise.block[0].example_answers(exercise.block[1])
    client.force_login(learner)
    post_answer(client, exercise, lesson, examples["right"])
    post_answer(client, exercise, lesson, examples["wrong"])
    result = ExerciseResult.objects.get()
    assert (result.best_score, result.last_score, result.attempts) == (1, 0, 2)
    assert result.passed and result.attempt_rows.count() == 2
