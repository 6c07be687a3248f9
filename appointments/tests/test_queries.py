"""The lists take the same number of queries with 4 slots or 60, one booking or 40."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.services import learner_create
from appointments import services
from appointments.models import Slot

from .conftest import signed_in

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # warm the session and the caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def grow(world, *, weeks, hour):
    services.slots_publish(
        centre=world["centre"],
        first_day=timezone.localdate() + datetime.timedelta(days=1),
        start=datetime.time(hour, 0),
        end=datetime.time(hour + 3, 0),
        minutes=30,
        weeks=weeks,
        room=world["room"],
        helper=world["facilitator"],
        note="Apportez vos papiers",
        by=world["facilitator"],
    )
    slots = Slot.objects.filter(helper=world["facilitator"], bookings__isnull=True)
    for index, slot in enumerate(slots.order_by("starts_at")[:12]):
        if index % 2:
            services.booking_create_for_visitor(
                slot=slot, name=f"V{index}", phone="", purpose="cv", by=world["facilitator"]
            )
        else:
            learner, _ = learner_create(centre=world["centre"], first_name=f"L{hour}x{index}")
            services.booking_create(slot=slot, learner=learner, purpose="lettre")


def test_the_lists_do_not_grow_with_slots_and_bookings(world, home):
    week = f"/animation/rendez-vous/?du={timezone.localdate().isoformat()}"
    grow(world, weeks=1, hour=8)  # a first day with slots and bookings in the week shown
    staff, learner = signed_in(world["facilitator"]), signed_in(world["learner"])
    services.booking_create(
        slot=Slot.objects.filter(centre=world["centre"], bookings__isnull=True).first(),
        learner=world["learner"],
        purpose="cv",
    )
    before = {url: queries(client, url) for client, url in [
        (staff, week), (learner, "/mes-rendez-vous/"), (learner, "/")
    ]}  # fmt: skip
    grow(world, weeks=3, hour=13)
    after = {url: queries(client, url) for client, url in [
        (staff, week), (learner, "/mes-rendez-vous/"), (learner, "/")
    ]}  # fmt: skip
    assert after == before
    assert before[week] <= 8 and before["/mes-rendez-vous/"] <= 8
