"""Two people booking the last slot at the same instant: one has it, the other is told calmly
to choose another. Real threads on PostgreSQL (SQLite takes one writer at a time, so it cannot
show the race)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from accounts.models import Centre
from accounts.roles import COUNSELLORS, ensure_roles
from accounts.services import learner_create
from appointments import services
from appointments.models import Booking, Slot
from tests.concurrency import run_together

ROUNDS = 10

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_two_learners_booking_the_last_slot_at_once_one_wins_the_other_is_told():
    ensure_roles()
    centre = Centre.objects.create(name="Centre", slug="centre-course-rdv")
    desk = get_user_model().objects.create_user("accueil", centre=centre)
    desk.groups.add(ensure_roles()[COUNSELLORS])
    services.slots_publish(
        centre=centre,
        first_day=timezone.localdate() + datetime.timedelta(days=2),
        start=datetime.time(8, 0),
        end=datetime.time(13, 0),
        minutes=30,
        weeks=1,
        room=None,
        helper=desk,
        note="",
        by=desk,
    )
    slots = list(Slot.objects.filter(centre=centre).order_by("starts_at"))[:ROUNDS]
    for round_, slot in enumerate(slots):
        responses = _race(centre, slot, round_)
        assert Booking.objects.filter(slot=slot, cancelled_at__isnull=True).count() == 1
        winners = [r for r in responses if r["Location"].endswith("/fiche/")]
        told = [r for r in responses if r["Location"] == "/mes-rendez-vous/"]
        assert (len(winners), len(told)) == (1, 1), round_


def _race(centre, slot, round_):
    """Two learners post the booking form for one slot at the same instant."""
    responses = []

    def book(person):
        client = Client()
        client.force_login(person)
        responses.append(client.post(f"/mes-rendez-vous/creneau/{slot.pk}/", {"purpose": "cv"}))

    people = [learner_create(centre=centre, first_name=f"P{round_}x{n}")[0] for n in range(2)]
    errors = run_together(lambda: book(people[0]), lambda: book(people[1]))
    assert errors == []
    return responses
