"""A learner of a centre that sends, and the lesson of a one-lesson course holding a native
exercise and an H5P activity, both « à réussir »: what the journey tests walk through."""

import io
import json
from datetime import timedelta

from django.test import Client
from django.utils import timezone

ADL = "http://adlnet.gov/expapi/verbs/"


def make_world(make_course, *, sends=True):
    from accounts.models import Centre
    from accounts.services import learner_create
    from exercises.factories import ExerciseFactory, place
    from exercises.h5p.services import h5p_package_import
    from exercises.h5p.tests.builders import build_package
    from exercises.h5p.tests.conftest import place_activity

    centre = Centre.objects.create(name="Espace Numérique", slug="espace")
    centre.sends_learning_records = sends
    centre.save()
    learner, _ = learner_create(centre=centre, first_name="Marie", last_name="Dupont")
    course, (lesson,) = make_course(lessons=1)
    exercise = ExerciseFactory(kind="single_choice")
    place(lesson, exercise)
    activity = h5p_package_import(source=io.BytesIO(build_package())).activity
    place_activity(lesson, activity)
    client = Client()
    client.force_login(learner)
    return {
        "centre": centre,
        "learner": learner,
        "course": course,
        "lesson": lesson,
        "exercise": exercise,
        "activity": activity,
        "client": client,
    }


def answer_exercise(world, right=True):
    exercise = world["exercise"]
    answers = exercise.block[0].example_answers(exercise.block[1])
    fields = answers["right" if right else "wrong"]
    data = {f"ex{exercise.pk}-{key}": value for key, value in fields.items()}
    data["lesson"] = world["lesson"].pk
    response = world["client"].post(
        f"/exercices/{exercise.pk}/reponse/", data, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200, response.content
    return response


def h5p_statement(world, verb="answered", raw=3, maximum=4, success=True):
    activity = world["activity"]
    statement = {
        "actor": {"account": {"name": "random-id-from-h5p", "homePage": "http://h5p"}},
        "verb": {"id": f"{ADL}{verb}", "display": {"en-US": verb}},
        "object": {
            "id": f"http://testserver/h5p/activite/{activity.pk}/",
            "objectType": "Activity",
        },
        "result": {"score": {"raw": raw, "max": maximum, "min": 0}, "success": success},
    }
    response = world["client"].post(
        f"/h5p/activite/{activity.pk}/xapi/",
        json.dumps({"lesson": world["lesson"].pk, "statement": statement}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return response


def attend_session(world):
    from workshops.models import Enrolment, Room
    from workshops.services import attendance_set, session_create

    room = Room.objects.create(centre=world["centre"], name="Espace Atelier")
    starts = timezone.now() + timedelta(hours=1)
    session = session_create(
        centre=world["centre"],
        title="Atelier tablette",
        room=room,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        track=world["course"],
    )
    enrolment = Enrolment.objects.create(session=session, user=world["learner"])
    attendance_set(enrolment=enrolment, attended=True)
    return session
