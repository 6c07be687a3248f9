"""A learner books a free slot of their centre, gives it up, prints the slip; the desk books
for a learner or a visitor without an account; the home page reminds."""

import datetime

import pytest
from django.utils import timezone

from appointments import services
from appointments.models import Booking, Purpose, Slot

from .conftest import at, signed_in

pytestmark = pytest.mark.django_db


def free_slot(world, centre="centre"):
    return (
        Slot.objects.filter(centre=world[centre], bookings__isnull=True)
        .order_by("starts_at")
        .first()
    )


def test_the_learner_sees_the_free_slots_books_one_and_gets_the_slip(world):
    client = signed_in(world["learner"])
    page = client.get("/mes-rendez-vous/").content.decode()
    slot = free_slot(world)
    assert f"/mes-rendez-vous/creneau/{slot.pk}/" in page
    assert "avec Inès" in page and "Espace Public" in page
    assert "10:00" not in page  # the other centre's slot
    form = client.get(f"/mes-rendez-vous/creneau/{slot.pk}/").content.decode()
    for label in (
        "Faire ou refaire mon CV",
        "Faire une démarche administrative",
        "Imprimer un document",
    ):
        assert label in form
    response = client.post(f"/mes-rendez-vous/creneau/{slot.pk}/", {"purpose": "cv"})
    booking = Booking.objects.get(slot=slot)
    assert response["Location"] == f"/mes-rendez-vous/{booking.pk}/fiche/"
    assert booking.learner == world["learner"] and booking.purpose == Purpose.CV
    assert booking.booked_by == world["learner"]
    slip = client.get(response["Location"]).content.decode()
    day = timezone.localtime(slot.starts_at)
    assert "14:00" in slip and "Espace Public" in slip and "Inès" in slip
    assert "2 rue Descartes" in slip and "Faire ou refaire mon CV" in slip
    assert "Les dates de vos emplois" in slip  # what to bring, for a CV
    assert str(day.day) in slip
    # Taken, the slot is no longer offered to the others.
    assert (
        f"/mes-rendez-vous/creneau/{slot.pk}/"
        not in signed_in(world["other_learner"]).get("/mes-rendez-vous/").content.decode()
    )


@pytest.mark.parametrize("purpose", ["", "piratage", "cv' OR 1=1", "x" * 500])
def test_a_missing_or_unknown_purpose_is_refused_calmly(world, purpose):
    slot = free_slot(world)
    response = signed_in(world["learner"]).post(
        f"/mes-rendez-vous/creneau/{slot.pk}/", {"purpose": purpose}
    )
    assert response.status_code == 200
    assert "Choisissez pour quoi vous venez." in response.content.decode()
    assert not Booking.objects.exists()


def test_a_slot_taken_meanwhile_gives_a_calm_message(world):
    slot = free_slot(world)
    services.booking_create(slot=slot, learner=world["other_learner"], purpose="cv")
    response = signed_in(world["learner"]).post(
        f"/mes-rendez-vous/creneau/{slot.pk}/", {"purpose": "lettre"}, follow=True
    )
    assert "quelqu&#x27;un vient de prendre ce créneau" in response.content.decode()
    assert Booking.objects.get(slot=slot).learner == world["other_learner"]
    # Opening the taken slot's form (an old tab, a link kept) says so at once.
    opened = signed_in(world["learner"]).get(f"/mes-rendez-vous/creneau/{slot.pk}/", follow=True)
    assert "quelqu&#x27;un vient de prendre ce créneau" in opened.content.decode()
    assert "Réserver ce rendez-vous" not in opened.content.decode()


def test_cancelled_or_past_slots_cannot_be_booked(world):
    slot = free_slot(world)
    services.slot_cancel(slot=slot)
    past = Slot.objects.create(
        centre=world["centre"], starts_at=at(-1, 10), minutes=30, place="l'accueil"
    )
    for target in (slot, past):
        response = signed_in(world["learner"]).post(
            f"/mes-rendez-vous/creneau/{target.pk}/", {"purpose": "cv"}, follow=True
        )
        assert "plus proposé" in response.content.decode()
    assert not Booking.objects.exists()


def test_three_coming_appointments_at_most(world):
    slots = list(Slot.objects.filter(centre=world["centre"]))
    for slot in slots[:3]:
        services.booking_create(slot=slot, learner=world["learner"], purpose="cv")
    response = signed_in(world["learner"]).post(
        f"/mes-rendez-vous/creneau/{free_slot(world).pk}/", {"purpose": "cv"}
    )
    assert "déjà 3 rendez-vous à venir" in response.content.decode()
    assert Booking.objects.filter(learner=world["learner"]).count() == 3


def test_the_learner_gives_up_a_booking_and_the_slot_is_free_again(world):
    slot = free_slot(world)
    booking = services.booking_create(slot=slot, learner=world["learner"], purpose="cv")
    client = signed_in(world["learner"])
    assert "Oui, j'annule" in client.get(f"/mes-rendez-vous/{booking.pk}/annuler/").content.decode()
    booking.refresh_from_db()
    assert booking.cancelled_at is None  # asking first is not cancelling
    client.post(f"/mes-rendez-vous/{booking.pk}/annuler/")
    booking.refresh_from_db()
    assert booking.cancelled_at is not None
    again = services.booking_create(slot=slot, learner=world["other_learner"], purpose="impression")
    assert again.slot == slot
    assert client.get(f"/mes-rendez-vous/{booking.pk}/fiche/").status_code == 404


def test_the_home_page_shows_the_next_appointment_and_a_cancellation(world, home):
    slot = free_slot(world)
    services.booking_create(slot=slot, learner=world["learner"], purpose="demarche")
    client = signed_in(world["learner"])
    page = client.get("/").content.decode()
    assert "Votre prochain rendez-vous :" in page
    assert timezone.localtime(slot.starts_at).strftime("%H:%M") in page and "avec Inès" in page
    services.slot_cancel(slot=slot)
    page = client.get("/").content.decode()
    assert "Rendez-vous annulé :" in page and "Ne vous déplacez pas" in page
    assert (
        "Votre prochain rendez-vous"
        not in signed_in(world["other_learner"]).get("/").content.decode()
    )


def test_the_desk_books_for_a_visitor_without_an_account_and_for_a_learner(world):
    slot, second = Slot.objects.filter(centre=world["centre"])[:2]
    client = signed_in(world["counsellor"])
    response = client.post(
        f"/animation/rendez-vous/{slot.pk}/reserver/",
        {"visitor_name": "  Gérard  ", "visitor_phone": "06 12 34 56 78", "purpose": "impression"},
    )
    assert response.status_code == 302
    visitor = Booking.objects.get(slot=slot)
    assert (visitor.learner, visitor.visitor_name, visitor.visitor_phone) == (
        None,
        "Gérard",
        "06 12 34 56 78",
    )
    assert visitor.booked_by == world["counsellor"]
    slip = client.get(f"/animation/rendez-vous/reservations/{visitor.pk}/fiche/").content.decode()
    assert "Gérard" in slip and "Le document à imprimer" in slip
    client.post(
        f"/animation/rendez-vous/{second.pk}/reserver/",
        {"learner": str(world["learner"].pk), "purpose": "lettre"},
    )
    booked = Booking.objects.get(slot=second)
    assert booked.learner == world["learner"] and booked.booked_by == world["counsellor"]
    # The learner finds it in « Mes rendez-vous ».
    assert (
        f"/mes-rendez-vous/{booked.pk}/fiche/"
        in signed_in(world["learner"]).get("/mes-rendez-vous/").content.decode()
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"purpose": "cv"}, "Choisissez un apprenant, ou écrivez le prénom"),
        ({"visitor_name": "   ", "purpose": "cv"}, "Choisissez un apprenant, ou écrivez le prénom"),
        ({"visitor_name": "Gérard"}, "Choisissez pour quoi la personne vient."),
        (
            {"visitor_name": "Gérard", "visitor_phone": "appelle-moi", "purpose": "cv"},
            "Écrivez un numéro de téléphone",
        ),
        ({"visitor_name": "G" * 61, "purpose": "cv"}, "60 caractères"),
        ({"learner": "LEARNER", "visitor_name": "Gérard", "purpose": "cv"}, "pas les deux"),
        ({"learner": "FAR", "purpose": "cv"}, "Sélectionnez un choix valide"),
        ({"learner": "abc", "purpose": "cv"}, "Sélectionnez un choix valide"),
    ],
)
def test_bad_desk_input_is_explained_and_nothing_is_stored(world, data, message):
    slot = free_slot(world)
    data = {
        key: {"LEARNER": str(world["learner"].pk), "FAR": str(world["far_learner"].pk)}.get(
            value, value
        )
        for key, value in data.items()
    }
    response = signed_in(world["facilitator"]).post(
        f"/animation/rendez-vous/{slot.pk}/reserver/", data
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Booking.objects.exists()


def test_the_desk_week_lists_the_slots_with_who_comes(world):
    slot = free_slot(world)
    services.booking_create_for_visitor(
        slot=slot, name="Gérard", phone="", purpose="cv", by=world["facilitator"]
    )
    day = timezone.localdate(slot.starts_at).isoformat()
    page = signed_in(world["facilitator"]).get(f"/animation/rendez-vous/?du={day}").content.decode()
    assert "Gérard (sans compte)" in page and "Faire ou refaire mon CV" in page
    assert "Libre" in page
    assert "10:00" not in page  # the other centre's slot
    # A malformed week falls back to today, no error.
    for bad in ("demain", "2026-13-45", "9999-01-01", "%00"):
        assert (
            signed_in(world["facilitator"]).get(f"/animation/rendez-vous/?du={bad}").status_code
            == 200
        )


def test_publishing_and_booking_times_stay_in_the_local_timezone(world):
    slot = free_slot(world)
    assert timezone.localtime(slot.starts_at).time() == datetime.time(14, 0)
