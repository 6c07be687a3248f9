"""The demo's one-to-one help: slots in the coming weeks, one booked by Josiane; a second run
adds nothing. Built on a bare centre (the whole demo is slow and adds nothing here)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import Centre
from accounts.roles import FACILITATORS, ensure_roles
from accounts.services import learner_create
from appointments.models import Booking, Slot
from demo.appointments import DAYS, WEEKS, load_appointments

pytestmark = pytest.mark.django_db


def test_the_demo_has_slots_to_come_and_josiane_booked_one():
    centre = Centre.objects.create(name="BGE Indre", slug="bge")
    facilitator = get_user_model().objects.create_user("animateur", centre=centre)
    facilitator.groups.add(ensure_roles()[FACILITATORS])
    josiane, _ = learner_create(centre=centre, first_name="Josiane")
    made = load_appointments(centre=centre, facilitator=facilitator)
    assert made == len(DAYS) * WEEKS * 6
    slots = Slot.objects.filter(centre=centre)
    assert all(slot.starts_at > timezone.now() for slot in slots)
    assert {timezone.localtime(slot.starts_at).weekday() for slot in slots} == set(DAYS)
    (booking,) = Booking.objects.filter(learner=josiane)
    assert booking.slot == slots.order_by("starts_at").first()
    assert load_appointments(centre=centre, facilitator=facilitator) == 0
    assert Slot.objects.filter(centre=centre).count() == made
    assert Booking.objects.count() == 1
