"""The learner's appointments in their export and gone with their erasure (the figures keep
the anonymous row); visitors without an account are forgotten 30 days after their slot."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts import privacy
from appointments import services
from appointments.models import Booking, Slot

from .conftest import signed_in

pytestmark = pytest.mark.django_db


def past_slot(world, days_ago):
    return Slot.objects.create(
        centre=world["centre"],
        starts_at=timezone.now() - datetime.timedelta(days=days_ago),
        minutes=30,
        place="l'accueil",
    )


def test_the_export_holds_the_learners_bookings_and_nobody_elses(world):
    mine, theirs = Slot.objects.filter(centre=world["centre"])[:2]
    services.booking_create(slot=mine, learner=world["learner"], purpose="demarche")
    services.booking_create(slot=theirs, learner=world["other_learner"], purpose="cv")
    data = privacy.export_user_data(world["learner"])
    rows = [row for rows in data.values() if isinstance(rows, list) for row in rows]
    booked = [row for row in rows if row.get("purpose_label")]
    assert len(booked) == 1
    assert booked[0]["purpose"] == "demarche" and booked[0]["place"] == "Espace Public"
    assert booked[0]["starts_at"] == mine.starts_at.isoformat()


def test_erasure_gives_up_coming_bookings_and_keeps_past_ones_anonymous(world):
    coming_slot = Slot.objects.filter(centre=world["centre"]).first()
    coming = services.booking_create(slot=coming_slot, learner=world["learner"], purpose="cv")
    past = Booking.objects.create(
        slot=past_slot(world, 3), learner=world["learner"], purpose="lettre", attended=True
    )
    privacy.erase_user(world["learner"])
    coming.refresh_from_db()
    past.refresh_from_db()
    assert coming.learner is None and coming.cancelled_at is not None
    assert past.learner is None and past.cancelled_at is None and past.attended is True
    # The slot is free again for someone else.
    again = services.booking_create(slot=coming_slot, learner=world["other_learner"], purpose="cv")
    assert again.pk


def test_erasing_a_helper_keeps_the_slots(world):
    slots = Slot.objects.filter(helper=world["counsellor"])
    count = slots.count()
    privacy.erase_user(world["counsellor"])
    assert not Slot.objects.filter(helper=world["counsellor"]).exists()
    assert Slot.objects.filter(centre=world["centre"], helper__isnull=True).count() == count


def test_visitors_are_forgotten_thirty_days_after_their_slot(world, capsys):
    old = Booking.objects.create(
        slot=past_slot(world, 32), visitor_name="Gérard", visitor_phone="0612345678", purpose="cv"
    )
    recent = Booking.objects.create(
        slot=past_slot(world, 20), visitor_name="Odette", purpose="impression"
    )
    learner = Booking.objects.create(
        slot=past_slot(world, 40), learner=world["learner"], purpose="cv"
    )
    call_command("appointments_cleanup")
    assert "1 visiteur" in capsys.readouterr().out
    old.refresh_from_db()
    recent.refresh_from_db()
    learner.refresh_from_db()
    assert (old.visitor_name, old.visitor_phone) == ("", "")
    assert old.visitor_forgotten_at is not None and old.purpose == "cv"  # still counted
    assert recent.visitor_name == "Odette"
    assert learner.learner == world["learner"]
    # The desk sees the row without the name.
    page = signed_in(world["facilitator"]).get(f"/animation/rendez-vous/{old.slot_id}/")
    assert "visiteur (nom effacé)" in page.content.decode()
    assert "Gérard" not in page.content.decode()
    # A second run changes nothing.
    assert services.visitors_forget() == 0
