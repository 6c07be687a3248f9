"""Venu / pas venu, and the appointments in the centre's figures (and their CSV): per purpose
and attendance per month, each centre its own, small numbers hidden."""

import datetime

import pytest
from django.utils import timezone

from appointments import services
from appointments.models import Booking, Slot
from figures.selectors import Period, centre_figures

from .conftest import signed_in

pytestmark = pytest.mark.django_db


def held(world, *, purpose, centre="centre", hours_ago=2, attended=None, visitor="Gérard"):
    """An appointment that took place (written directly: the services refuse the past)."""
    slot = Slot.objects.create(
        centre=world[centre],
        starts_at=timezone.now() - datetime.timedelta(hours=hours_ago),
        minutes=30,
        place="l'accueil",
    )
    return Booking.objects.create(
        slot=slot, visitor_name=visitor, purpose=purpose, attended=attended
    )


def this_month(booking):
    first = timezone.localdate(booking.slot.starts_at).replace(day=1)
    return Period(first=first, last=first)


def table(world, slug, period, centre="centre"):
    tables = centre_figures(centre_id=world[centre].pk, period=period)
    return next(t for t in tables if t.slug == slug)


def cells(t):
    month = t.rows[0]
    return {column: cell.display for column, cell in zip(t.columns, month.cells, strict=True)}


def test_staff_mark_venu_and_pas_venu_from_the_day_on(world):
    booking = held(world, purpose="cv")
    client = signed_in(world["counsellor"])
    client.post(f"/animation/rendez-vous/reservations/{booking.pk}/presence/", {"venu": "oui"})
    booking.refresh_from_db()
    assert booking.attended is True
    client.post(f"/animation/rendez-vous/reservations/{booking.pk}/presence/", {"venu": "non"})
    booking.refresh_from_db()
    assert booking.attended is False
    # Anything else changes nothing.
    for bad in ({"venu": "peut-être"}, {}):
        response = client.post(
            f"/animation/rendez-vous/reservations/{booking.pk}/presence/", bad, follow=True
        )
        assert "Choisissez « Venu » ou « Pas venu »." in response.content.decode()
    booking.refresh_from_db()
    assert booking.attended is False


def test_a_coming_appointment_cannot_be_marked_yet(world):
    slot = Slot.objects.filter(centre=world["centre"]).first()
    booking = services.booking_create(slot=slot, learner=world["learner"], purpose="cv")
    response = signed_in(world["facilitator"]).post(
        f"/animation/rendez-vous/reservations/{booking.pk}/presence/", {"venu": "oui"}, follow=True
    )
    assert "pas encore eu lieu" in response.content.decode()
    booking.refresh_from_db()
    assert booking.attended is None


def test_purposes_and_attendance_count_in_the_centres_figures(world):
    first = held(world, purpose="cv", attended=True)
    for _ in range(5):
        held(world, purpose="cv", attended=True)
    for _ in range(5):
        held(world, purpose="demarche", attended=False)
    for _ in range(5):
        held(world, purpose="impression")
    cancelled = held(world, purpose="impression")
    cancelled.cancelled_at = timezone.now()
    cancelled.save()
    for _ in range(7):
        held(world, purpose="cv", centre="far_centre", attended=True)
    period = this_month(first)
    purposes = cells(table(world, "rendez-vous-objet", period))
    assert purposes["Faire ou refaire mon CV"] == "6"
    assert purposes["Faire une démarche administrative"] == "5"
    assert purposes["Imprimer un document"] == "5"  # the cancelled one is not counted
    assert purposes["Écrire une lettre de motivation"] == "0"
    assert purposes["Total"] == "16"
    attendance = cells(table(world, "rendez-vous-presence", period))
    assert attendance["venus"] == "6" and attendance["pas venus"] == "5"
    assert attendance["non noté"] == "5"
    far = cells(table(world, "rendez-vous-objet", period, centre="far_centre"))
    assert far["Faire ou refaire mon CV"] == "7" and far["Total"] == "7"


def test_the_dashboard_and_its_csv_show_them_to_the_centre_only(world):
    booking = held(world, purpose="cv", attended=True)
    month = timezone.localdate(booking.slot.starts_at).strftime("%Y-%m")
    query = f"?start={month}&end={month}"
    page = signed_in(world["facilitator"]).get(f"/animation/chiffres/{query}").content.decode()
    assert "Rendez-vous individuels de l&#x27;Espace Public, par objet et par mois" in page
    response = signed_in(world["facilitator"]).get(f"/animation/chiffres/export.csv{query}")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8-sig")
    assert "Rendez-vous individuels : venus ou pas, par mois" in text
    # A counsellor runs appointments, not the centre's figures.
    assert signed_in(world["counsellor"]).get("/animation/chiffres/").status_code == 403


def test_a_cancelled_slot_is_not_counted(world):
    booking = held(world, purpose="lettre", attended=None)
    # Cancelled the day before (the service refuses it once the slot has begun).
    Slot.objects.filter(pk=booking.slot_id).update(
        cancelled_at=booking.slot.starts_at - datetime.timedelta(days=1)
    )
    t = table(world, "rendez-vous-objet", this_month(booking))
    assert t.is_empty


def test_what_has_begun_is_history_it_cannot_be_cancelled(world):
    booking = held(world, purpose="cv", attended=True, visitor="")
    booking.learner = world["learner"]
    booking.save()
    staff = signed_in(world["facilitator"])
    response = staff.post(
        f"/animation/rendez-vous/{booking.slot_id}/annuler/", {"confirm": "oui"}, follow=True
    )
    assert "ne peut plus être annulé" in response.content.decode()
    response = staff.post(f"/animation/rendez-vous/reservations/{booking.pk}/annuler/", follow=True)
    assert "ne peut plus être annulé" in response.content.decode()
    response = signed_in(world["learner"]).post(
        f"/mes-rendez-vous/{booking.pk}/annuler/", follow=True
    )
    assert "ne peut plus être annulé" in response.content.decode()
    booking.refresh_from_db()
    booking.slot.refresh_from_db()
    assert booking.cancelled_at is None and booking.slot.cancelled_at is None
