"""The world of the appointment tests: two centres, their staff (a facilitator and a
« Conseiller emploi » each), learners of both, a mentor, an administrator, rooms, and a few
slots a week ahead. No course pages: nothing here needs them."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from accounts.models import Centre
from accounts.roles import COUNSELLORS, FACILITATORS, MENTORS, ensure_roles
from accounts.services import learner_create
from appointments import services
from workshops.models import Room


def at(days, hour, minute=0):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=timezone.get_current_timezone()
    )


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def world(db):
    groups = ensure_roles()
    users = get_user_model().objects
    centre = Centre.objects.create(
        name="Espace Numérique", slug="espace", address="2 rue Descartes"
    )
    far_centre = Centre.objects.create(name="Médiathèque", slug="mediatheque")

    def staff(username, group, where, first_name):
        person = users.create_user(
            username, password="pass-123-pass", centre=where, first_name=first_name
        )
        person.groups.add(groups[group])
        return person

    learner, _ = learner_create(centre=centre, first_name="Josiane")
    other_learner, _ = learner_create(centre=centre, first_name="Mehdi")
    far_learner, _ = learner_create(centre=far_centre, first_name="Paul")
    mentor = staff("ange", MENTORS, centre, "Sophie")
    world = {
        "centre": centre,
        "far_centre": far_centre,
        "learner": learner,
        "other_learner": other_learner,
        "far_learner": far_learner,
        "mentor": mentor,
        "facilitator": staff("camille", FACILITATORS, centre, "Camille"),
        "counsellor": staff("ines", COUNSELLORS, centre, "Inès"),
        "far_facilitator": staff("lea", FACILITATORS, far_centre, "Léa"),
        "far_counsellor": staff("hugo", COUNSELLORS, far_centre, "Hugo"),
        "admin": users.create_superuser("admin", password="admin-pass-123"),
        "room": Room.objects.create(centre=centre, name="Espace Public"),
        "far_room": Room.objects.create(centre=far_centre, name="Salle du fond"),
    }
    services.slots_publish(
        centre=centre,
        first_day=timezone.localdate() + datetime.timedelta(days=7),
        start=datetime.time(14, 0),
        end=datetime.time(16, 0),
        minutes=30,
        weeks=1,
        room=world["room"],
        helper=world["counsellor"],
        note="",
        by=world["counsellor"],
    )
    services.slots_publish(
        centre=far_centre,
        first_day=timezone.localdate() + datetime.timedelta(days=7),
        start=datetime.time(10, 0),
        end=datetime.time(10, 30),
        minutes=30,
        weeks=1,
        room=None,
        helper=world["far_counsellor"],
        note="",
        by=world["far_counsellor"],
    )
    return world
