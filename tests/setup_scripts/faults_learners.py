"""A lesson with one exercise, and `count` learners signed in as login() would leave them
(no password to hash), for the fault tests' server."""

import importlib
import json

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

from accounts.models import Centre
from accounts.roles import LEARNERS, ensure_roles
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.models import HomePage
from exercises.factories import ExerciseFactory, place


def main(count):
    home = HomePage.objects.get()
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home, slug="ateliers"))
    exercise = ExerciseFactory(kind="single_choice")
    lesson = place(LessonPageFactory(parent=course), exercise)
    exercise_type, value = exercise.block
    answers = exercise_type.example_answers(value)
    centre = Centre.objects.create(name="Pannes", slug="pannes")
    group = ensure_roles()[LEARNERS]
    store = importlib.import_module(settings.SESSION_ENGINE).SessionStore
    learners = []
    for n in range(count):
        user = get_user_model()(username=f"panne{n}", first_name=f"Panne {n}", centre=centre)
        user.set_unusable_password()
        user.save()
        user.groups.add(group)
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        learners.append([user.pk, session.session_key])
    print(
        json.dumps(
            {
                "lesson": lesson.pk,
                "url": lesson.url,
                "exercise": exercise.pk,
                "right": answers["right"],
                "wrong": answers["wrong"],
                "learners": learners,
            }
        )
    )
