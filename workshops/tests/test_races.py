"""Check-then-act on places, under the lock: what two people do at the same moment never leaves
more people enrolled than places. Real threads on PostgreSQL (SQLite takes one writer at a
time, so it cannot show the race)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from accounts.models import Centre
from accounts.roles import FACILITATORS, ensure_roles
from tests.concurrency import run_together
from workshops import services
from workshops.models import Enrolment, Room

Status = Enrolment.Status
ROUNDS = 12

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def at(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour), tzinfo=timezone.get_current_timezone()
    )


def test_lowering_the_places_while_a_learner_signs_up_never_overfills_the_session():
    people = get_user_model().objects
    centre = Centre.objects.create(name="Centre", slug="centre-course")
    facilitator = people.create_user("anim", centre=centre)
    facilitator.groups.add(ensure_roles()[FACILITATORS])
    regulars = [people.create_user(f"p{n}", centre=centre) for n in range(8)]
    room = Room.objects.create(centre=centre, name="Salle")
    browser = Client()
    browser.force_login(facilitator)
    outcomes = set()
    for round_ in range(ROUNDS):
        session = services.session_create(
            centre=centre,
            title=f"Séance {round_}",
            room=room,
            starts_at=at(2 + round_, 14),
            ends_at=at(2 + round_, 16),
            places=9,
        )
        for person in regulars:
            services.enrolment_add(session=session, user=person)
        newcomer = people.create_user(f"new{round_}", centre=centre)
        errors = run_together(
            # The facilitator's form, as posted: 8 places for the 8 people enrolled.
            lambda session=session: browser.post(
                f"/animation/seances/{session.pk}/places/", {"places": 8}
            ),
            lambda session=session, newcomer=newcomer: services.enrolment_add(
                session=session, user=newcomer
            ),
        )
        assert errors == []
        session.refresh_from_db()
        enrolled = Enrolment.objects.filter(session=session, status=Status.ENROLLED).count()
        assert enrolled <= session.places, (round_, enrolled, session.places)
        outcomes.add((session.places, enrolled))
    # Either the newcomer had the ninth place and the places stayed 9, or the places went
    # down to 8 first and the newcomer waits: both are right, nothing else is.
    assert outcomes <= {(9, 9), (8, 8)}


def test_two_cancellations_and_a_sign_up_at_once_keep_the_count():
    people = get_user_model().objects
    centre = Centre.objects.create(name="Centre", slug="centre-annule")
    room = Room.objects.create(centre=centre, name="Salle")
    session = services.session_create(
        centre=centre, title="Pleine", room=room, starts_at=at(3, 14), ends_at=at(3, 16), places=4
    )
    rows = [
        services.enrolment_add(session=session, user=people.create_user(f"q{n}", centre=centre))
        for n in range(7)
    ]  # 4 enrolled, 3 waiting
    late = people.create_user("late", centre=centre)
    errors = run_together(
        lambda: services.enrolment_cancel(enrolment=rows[0]),
        lambda: services.enrolment_cancel(enrolment=rows[1]),
        lambda: services.enrolment_add(session=session, user=late),
        lambda: services.session_places_set(session=session, places=5),
    )
    assert errors == []
    session.refresh_from_db()
    enrolled = Enrolment.objects.filter(session=session, status=Status.ENROLLED)
    waiting = Enrolment.objects.filter(session=session, status=Status.WAITING)
    assert enrolled.count() == session.places == 5
    assert enrolled.count() + waiting.count() == 6  # 8 people, 2 gone
