"""A learner of the first centre who has finished the first `lessons` lessons and, with
`exercise`, passed the first exercise in the first of them."""

import json

from accounts.models import Centre
from accounts.services import learner_create
from courses.models import LessonPage
from exercises.models import Exercise
from progress import services


def main(first_name, last_name="", lessons=2, exercise=False):
    learner, code = learner_create(
        centre=Centre.objects.order_by("pk").first(), first_name=first_name, last_name=last_name
    )
    done = list(LessonPage.objects.live().order_by("path")[:lessons])
    for lesson in done:
        services.lesson_complete(user=learner, lesson=lesson)
    passed = None
    if exercise:
        passed = Exercise.objects.order_by("pk").first()
        services.exercise_attempt_record(
            user=learner, lesson=done[0], exercise=passed, score=1.0, passed=True, answer={}
        )
    print(
        json.dumps(
            {
                "username": learner.username,
                "code": code,
                "lessons": [lesson.title for lesson in done],
                "exercise": passed.title if passed else None,
            }
        )
    )
