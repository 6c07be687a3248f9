"""Who sees what, from the attacker's side: another centre's staff, another learner, a mentor,
anonymous, guessed ids. Nothing is shown or changed, and the answer says nothing of whether
the thing exists."""

import pytest
from django.test import Client
from django.utils import timezone

from appointments import services
from appointments.models import Booking, Slot

from .conftest import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(world):
    slot = Slot.objects.filter(centre=world["centre"]).order_by("starts_at").first()
    booking = services.booking_create(slot=slot, learner=world["learner"], purpose="demarche")
    free = Slot.objects.filter(centre=world["centre"], bookings__isnull=True).first()
    return {**world, "slot": slot, "booking": booking, "free": free}


def staff_urls(w):
    slot, booking, free = w["slot"].pk, w["booking"].pk, w["free"].pk
    return [
        ("get", f"/animation/rendez-vous/{slot}/", {}),
        (
            "post",
            f"/animation/rendez-vous/{free}/reserver/",
            {"visitor_name": "X", "purpose": "cv"},
        ),
        ("post", f"/animation/rendez-vous/{slot}/annuler/", {"confirm": "oui"}),
        ("post", f"/animation/rendez-vous/reservations/{booking}/annuler/", {}),
        ("post", f"/animation/rendez-vous/reservations/{booking}/presence/", {"venu": "non"}),
        ("get", f"/animation/rendez-vous/reservations/{booking}/fiche/", {}),
    ]


def nothing_changed(w):
    w["slot"].refresh_from_db()
    w["booking"].refresh_from_db()
    assert w["slot"].cancelled_at is None
    assert w["booking"].cancelled_at is None and w["booking"].attended is None
    assert not Booking.objects.filter(slot=w["free"]).exists()


@pytest.mark.parametrize("who", ["far_facilitator", "far_counsellor"])
def test_another_centres_staff_get_404_on_everything_of_this_centre(booked, who):
    client = signed_in(booked[who])
    for method, url, data in staff_urls(booked):
        assert getattr(client, method)(url, data).status_code == 404, url
    nothing_changed(booked)
    week = client.get(f"/animation/rendez-vous/?du={timezone.localdate(booked['slot'].starts_at)}")
    assert week.status_code == 200
    assert "Josiane" not in week.content.decode()
    assert "Espace Public" not in week.content.decode()


@pytest.mark.parametrize("who", ["learner", "other_learner", "mentor", "far_learner"])
def test_learners_and_mentors_are_refused_the_staff_pages(booked, who):
    client = signed_in(booked[who])
    assert client.get("/animation/rendez-vous/").status_code == 403
    assert client.get("/animation/rendez-vous/publier/").status_code == 403
    for method, url, data in staff_urls(booked):
        assert getattr(client, method)(url, data).status_code == 403, url
    nothing_changed(booked)


def test_anonymous_people_are_sent_to_sign_in_and_change_nothing(booked):
    client = Client()
    for method, url, data in [
        *staff_urls(booked),
        ("get", "/mes-rendez-vous/", {}),
        ("post", f"/mes-rendez-vous/creneau/{booked['free'].pk}/", {"purpose": "cv"}),
        ("post", f"/mes-rendez-vous/{booked['booking'].pk}/annuler/", {}),
        ("get", f"/mes-rendez-vous/{booked['booking'].pk}/fiche/", {}),
    ]:
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and response["Location"].startswith("/connexion/"), url
    nothing_changed(booked)


def test_another_learner_cannot_see_or_cancel_a_booking(booked):
    client = signed_in(booked["other_learner"])
    booking = booked["booking"].pk
    assert client.get(f"/mes-rendez-vous/{booking}/fiche/").status_code == 404
    assert client.get(f"/mes-rendez-vous/{booking}/annuler/").status_code == 404
    assert client.post(f"/mes-rendez-vous/{booking}/annuler/").status_code == 404
    page = client.get("/mes-rendez-vous/").content.decode()
    assert f"/mes-rendez-vous/{booking}/" not in page and "Josiane" not in page
    nothing_changed(booked)


def test_a_learner_of_another_centre_cannot_book_here(booked):
    client = signed_in(booked["far_learner"])
    free = booked["free"].pk
    assert client.get(f"/mes-rendez-vous/creneau/{free}/").status_code == 404
    assert client.post(f"/mes-rendez-vous/creneau/{free}/", {"purpose": "cv"}).status_code == 404
    assert f"/creneau/{free}/" not in client.get("/mes-rendez-vous/").content.decode()
    nothing_changed(booked)


@pytest.mark.parametrize("who", ["mentor", "far_facilitator"])
def test_people_without_appointments_of_their_own_see_none(booked, who):
    client = signed_in(booked[who])
    response = client.get(f"/mes-rendez-vous/{booked['booking'].pk}/fiche/")
    assert response.status_code in (403, 404)
    assert client.post(
        f"/mes-rendez-vous/creneau/{booked['free'].pk}/", {"purpose": "cv"}
    ).status_code in (403, 404)
    nothing_changed(booked)


def test_guessed_ids_are_404(booked):
    staff = signed_in(booked["facilitator"])
    learner = signed_in(booked["learner"])
    for url in (
        "/animation/rendez-vous/999999/",
        "/animation/rendez-vous/reservations/999999/fiche/",
    ):
        assert staff.get(url).status_code == 404
    assert (
        staff.post(
            "/animation/rendez-vous/reservations/999999/presence/", {"venu": "oui"}
        ).status_code
        == 404
    )
    assert learner.get("/mes-rendez-vous/999999/fiche/").status_code == 404
    assert learner.post("/mes-rendez-vous/creneau/999999/", {"purpose": "cv"}).status_code == 404


def test_the_centres_counsellor_and_an_admin_run_it(booked):
    for who in ("counsellor", "facilitator", "admin"):
        client = signed_in(booked[who])
        page = client.get(f"/animation/rendez-vous/{booked['slot'].pk}/").content.decode()
        assert "Josiane" in page and "Faire une démarche administrative" in page


def test_the_menu_names_the_right_page_for_each_role(booked, home):
    assert 'href="/mes-rendez-vous/"' in signed_in(booked["learner"]).get("/").content.decode()
    counsellor = signed_in(booked["counsellor"]).get("/").content.decode()
    assert 'href="/animation/rendez-vous/"' in counsellor
    mentor = signed_in(booked["mentor"]).get("/").content.decode()
    assert "rendez-vous/" not in mentor
