"""Each exercise says whether it is needed to finish the lesson, and the message at the end
speaks only of those."""

import re

from exercises.factories import ExerciseFactory, place

from .conftest import post_answer


def _right(exercise):
    return exercise.block[0].example_answers(exercise.block[1])["right"]


def _header(html, exercise):
    start = html.index(f'id="exercice-{exercise.pk}"')
    return html[start : html.index("</header>", start)]


def test_required_and_optional_exercises_say_so(client, lesson, learner):
    required, optional = ExerciseFactory(), ExerciseFactory(kind="true_false")
    place(lesson, required)
    place(lesson, optional, required=False)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "à réussir pour terminer la leçon" in _header(html, required)
    assert "facultatif" not in _header(html, required)
    assert re.search(r'exercise__need--optional">facultatif<', _header(html, optional))

    answered = post_answer(client, required, lesson, _right(required)).json()
    assert answered["lesson_completed"]
    assert "Tous les exercices à réussir de la leçon sont réussis" in answered["html"]
    assert "à réussir pour terminer la leçon" in answered["html"]
    again = post_answer(client, optional, lesson, _right(optional)).json()["html"]
    assert "facultatif" in again
