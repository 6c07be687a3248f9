"""A learner signs up alone from « Mes ateliers » or their positioning result: a place or the
waiting list, after a confirmation; never a session of another centre, a started or cancelled
one, nor when the centre signs people up itself."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.services import learner_create
from workshops import services
from workshops.models import Enrolment, Room, Session

from .test_sessions import at

Status = Enrolment.Status


@pytest.fixture
def room(people):
    return Room.objects.create(centre=people["centre"], name="Espace Atelier")


def make_session(people, room, days=3, title="Internet pas à pas", places=8, hour=14):
    return services.session_create(
        centre=people["centre"],
        title=title,
        track=people["course"],
        room=room,
        facilitator=people["facilitator"],
        starts_at=at(days, hour),
        ends_at=at(days, hour, 30) + datetime.timedelta(hours=1),
        places=places,
    )


def join_url(session):
    return f"/mes-ateliers/rejoindre/{session.pk}/"


def test_a_learner_signs_up_after_saying_yes(client, people, room):
    session = make_session(people, room)
    client.force_login(people["learner_a"])
    html = client.get("/mes-ateliers/").content.decode()
    assert "Les prochains ateliers" in html and "Internet pas à pas" in html
    assert "8 places libres" in html and join_url(session) in html
    # The question first; neither it nor a POST without « oui » signs anyone up.
    html = client.get(join_url(session)).content.decode()
    assert "Vous inscrire à cet atelier ?" in html and "Il reste 8 places." in html
    assert "Oui, je m&#x27;inscris" in html or "Oui, je m'inscris" in html
    client.post(join_url(session))
    client.post(join_url(session), {"confirm": "non"})
    assert Enrolment.objects.count() == 0
    response = client.post(join_url(session), {"confirm": "oui"}, follow=True)
    assert "votre place est réservée pour « Internet pas à pas »" in response.content.decode()
    row = Enrolment.objects.get()
    assert row.user == people["learner_a"] and row.status == Status.ENROLLED
    # Now in « Mes ateliers », no longer among the sessions to join; a second yes adds nothing.
    html = client.get("/mes-ateliers/").content.decode()
    assert "Votre place est réservée" in html and join_url(session) not in html
    response = client.post(join_url(session), {"confirm": "oui"}, follow=True)
    assert "Votre inscription à cette séance est déjà faite." in response.content.decode()
    assert Enrolment.objects.count() == 1


def test_a_full_session_puts_the_learner_on_the_waiting_list(client, people, room):
    session = make_session(people, room, places=1)
    services.enrolment_add(session=session, user=people["learner_b"])
    client.force_login(people["learner_a"])
    assert "complet (liste d'attente)" in client.get("/mes-ateliers/").content.decode()
    html = client.get(join_url(session)).content.decode()
    assert "vous serez sur la liste d'attente" in html
    response = client.post(join_url(session), {"confirm": "oui"}, follow=True)
    assert "vous êtes sur la liste d&#x27;attente" in response.content.decode()
    assert Enrolment.objects.get(user=people["learner_a"]).status == Status.WAITING


def test_what_cannot_be_joined(client, people, room):
    client.force_login(people["learner_a"])
    # Another centre's session: not found, and not listed.
    other_room = Room.objects.create(centre=people["other_centre"], name="Salle 2")
    elsewhere = Session.objects.create(
        centre=people["other_centre"],
        title="Ailleurs",
        room=other_room,
        starts_at=at(2),
        ends_at=at(2, 15),
    )
    assert "Ailleurs" not in client.get("/mes-ateliers/").content.decode()
    assert client.get(join_url(elsewhere)).status_code == 404
    assert client.post(join_url(elsewhere), {"confirm": "oui"}).status_code == 404
    # A cancelled one: not found either.
    cancelled = make_session(people, room, days=4, title="Annulée")
    services.session_cancel(session=cancelled)
    assert client.post(join_url(cancelled), {"confirm": "oui"}).status_code == 404
    # A started one: a plain message, nothing stored.
    started = make_session(people, room, days=5, title="Commencée")
    Session.objects.filter(pk=started.pk).update(starts_at=timezone.now())
    response = client.post(join_url(started), {"confirm": "oui"}, follow=True)
    assert "déjà commencé" in response.content.decode()
    assert client.get("/mes-ateliers/rejoindre/999999/").status_code == 404
    assert client.put(join_url(started)).status_code == 405
    assert Enrolment.objects.count() == 0
    # Signed out: to the sign-in page.
    client.logout()
    assert "/connexion/" in client.post(join_url(started), {"confirm": "oui"})["Location"]
    assert Enrolment.objects.count() == 0


def test_a_centre_that_signs_people_up_itself_shows_no_button(client, people, room):
    session = make_session(people, room)
    people["centre"].learners_sign_up = False
    people["centre"].save()
    client.force_login(people["learner_a"])
    html = client.get("/mes-ateliers/").content.decode()
    assert "Les prochains ateliers" not in html and join_url(session) not in html
    assert "elle vous inscrira" in html
    assert client.get(join_url(session)).status_code == 404
    assert client.post(join_url(session), {"confirm": "oui"}).status_code == 404
    assert Enrolment.objects.count() == 0


def test_my_sessions_costs_the_same_queries_with_more_sessions_and_people(client, people, room):
    learner = people["learner_a"]
    client.force_login(learner)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/mes-ateliers/").status_code == 200
        return len(queries)

    first = make_session(people, room, days=2)
    services.enrolment_add(session=first, user=learner)
    make_session(people, room, days=3)
    count()  # the shared caches (role permissions) are warm on a live site
    few = count()
    for day in range(4, 10):
        extra = make_session(people, room, days=day, title=f"Séance {day}")
        services.enrolment_add(
            session=extra, user=learner_create(centre=people["centre"], first_name=f"P{day}")[0]
        )
        if day % 2:
            services.enrolment_add(session=extra, user=learner)
    assert count() == few


def test_the_home_page_reminds_the_learner_of_their_next_workshop(client, people, room, home):
    learner = people["learner_a"]
    client.force_login(learner)
    assert "Votre prochain atelier" not in client.get("/").content.decode()
    later = make_session(people, room, days=6, title="Plus tard")
    soon = make_session(people, room, days=2, title="Bientôt")
    services.enrolment_add(session=later, user=learner)
    row = services.enrolment_add(session=soon, user=learner)
    with CaptureQueriesContext(connection) as one:
        html = client.get("/").content.decode()
    assert "Votre prochain atelier" in html and "« Bientôt »" in html and "Plus tard" not in html
    for day in range(7, 12):
        services.enrolment_add(session=make_session(people, room, days=day), user=learner)
    with CaptureQueriesContext(connection) as more:
        client.get("/")
    assert len(more) == len(one)
    # Cancelled: said plainly, so that nobody comes for nothing.
    services.session_cancel(session=soon)
    html = client.get("/").content.decode()
    assert "Atelier annulé" in html and "Ne vous déplacez pas" in html
    # Given up: the next one shows; someone else sees none of it.
    Enrolment.objects.filter(pk=row.pk).update(status=Status.CANCELLED)
    assert "« Plus tard »" in client.get("/").content.decode()
    client.force_login(people["learner_b"])
    assert "Votre prochain atelier" not in client.get("/").content.decode()
    client.logout()
    assert "Votre prochain atelier" not in client.get("/").content.decode()
