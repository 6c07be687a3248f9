import pytest

from exercises.factories import ExerciseFactory, place


@pytest.fixture
def placed(lesson):
    """An exercise of a given type, placed (required) in the lesson."""

    def make(kind, value=None, **kwargs):
        if value is not None:
            kwargs["body"] = [(kind, value)]
        exercise = ExerciseFactory(kind=kind, **kwargs)
        place(lesson, exercise)
        return exercise

    return make


def post_answer(client, exercise, lesson, fields, *, json=True, **extra):
    data = {f"ex{exercise.pk}-{key}": value for key, value in fields.items()}
    data["lesson"] = lesson.pk
    headers = {"Accept": "application/json"} if json else {}
    return client.post(f"/exercices/{exercise.pk}/reponse/", data, headers=headers, **extra)
