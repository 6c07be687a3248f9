"""Exercises for tests, benchmarks and the demo: one of any registered type, placed in lessons."""

import factory

from .models import Exercise
from .registry import get_type


class ExerciseFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Exercice {n}")
    instructions = "Lisez la question, puis répondez."
    hint = "Relisez la leçon juste au-dessus."
    body = factory.LazyAttribute(lambda o: [(o.kind, get_type(o.kind).sample())])

    class Meta:
        model = Exercise

    class Params:
        kind = "single_choice"


def place(lesson, *exercises, required=True):
    """Put exercises at the end of a lesson and publish it."""
    body = list(lesson.body.raw_data)
    for exercise in exercises:
        body.append({"type": "exercise", "value": {"exercise": exercise.pk, "required": required}})
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson
