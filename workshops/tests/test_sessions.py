"""The timetable, dated sessions, enrolment with a waiting list, attendance and the sheet."""

import datetime
import threading

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.services import learner_create
from workshops import selectors, services
from workshops.models import Enrolment, Room, Session, Workshop

Status = Enrolment.Status
TZ = timezone.get_current_timezone()


def at(days, hour=14, minute=0):
    """A local time some days from now."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=TZ)


@pytest.fixture
def room(people):
    return Room.objects.create(centre=people["centre"], name="Espace Atelier")


@pytest.fixture
def session(people, room):
    return services.session_create(
        centre=people["centre"],
        title="Internet pas à pas",
        track=people["course"],
        room=room,
        facilitator=people["facilitator"],
        starts_at=at(3),
        ends_at=at(3, 15, 30),
    )


@pytest.fixture
def learners(people):
    names = ["Martine", "Gisèle", "René", "Josiane", "Paulette", "Lucien", "Odette", "Marcel"]
    made = [learner_create(centre=people["centre"], first_name=name)[0] for name in names]
    return made + [learner_create(centre=people["centre"], first_name="Yvette")[0]]


@pytest.fixture
def facilitator_client(client, people):
    client.force_login(people["facilitator"])
    return client


# The services


def test_a_ninth_learner_goes_on_the_waiting_list_and_gets_the_first_freed_place(session, learners):
    rows = [services.enrolment_add(session=session, user=person) for person in learners]
    assert [row.status for row in rows] == [Status.ENROLLED] * 8 + [Status.WAITING]
    # Enrolling twice changes nothing.
    assert services.enrolment_add(session=session, user=learners[0]).pk == rows[0].pk
    promoted = services.enrolment_cancel(enrolment=rows[2])
    assert [row.user for row in promoted] == [learners[8]]
    enrolled, waiting = selectors.session_people(session)
    assert len(enrolled) == 8 and waiting == []
    # Coming back after cancelling: at the end of the queue.
    again = services.enrolment_add(session=session, user=learners[2])
    assert again.pk == rows[2].pk and again.status == Status.WAITING


def test_more_places_let_the_waiting_list_in_in_order(session, learners, people):
    for person in learners:
        services.enrolment_add(session=session, user=person)
    extra = learner_create(centre=people["centre"], first_name="Simone")[0]
    services.enrolment_add(session=session, user=extra)
    promoted = services.session_places_set(session=session, places=9)
    assert [row.user for row in promoted] == [learners[8]]
    assert Enrolment.objects.get(user=extra).status == Status.WAITING


def test_sessions_in_the_past_or_in_a_taken_room_are_refused(people, room, session):
    common = {"centre": people["centre"], "title": "Photo", "room": room}
    with pytest.raises(ValidationError, match="déjà passée"):
        services.session_create(**common, starts_at=at(-1), ends_at=at(-1, 15, 30))
    with pytest.raises(ValidationError, match="déjà prise"):
        services.session_create(**common, starts_at=at(3, 15), ends_at=at(3, 16, 30))
    with pytest.raises(ValidationError, match="après le début"):
        services.session_create(**common, starts_at=at(4, 15), ends_at=at(4, 14))
    # Right after, in the same room, is fine; so is the same time in another room.
    services.session_create(**common, starts_at=at(3, 15, 30), ends_at=at(3, 17))
    other = Room.objects.create(centre=people["centre"], name="Espace Public")
    services.session_create(**{**common, "room": other}, starts_at=at(3), ends_at=at(3, 15))
    assert Session.objects.count() == 3


def test_enrolment_refuses_past_cancelled_and_other_centre(session, people, room):
    past = Session.objects.create(
        centre=people["centre"], title="Hier", room=room, starts_at=at(-2), ends_at=at(-2, 15)
    )
    with pytest.raises(ValidationError, match="terminée"):
        services.enrolment_add(session=past, user=people["learner_a"])
    stranger = learner_create(centre=people["other_centre"], first_name="Zoé")[0]
    with pytest.raises(ValidationError, match="autre centre"):
        services.enrolment_add(session=session, user=stranger)
    services.session_cancel(session=session)
    with pytest.raises(ValidationError, match="annulée"):
        services.enrolment_add(session=session, user=people["learner_a"])
    assert Enrolment.objects.count() == 0


def test_generating_the_weeks_to_come_skips_what_exists_and_taken_rooms(people, room):
    day = (timezone.localdate() + datetime.timedelta(days=2)).weekday()
    workshop = Workshop.objects.create(
        centre=people["centre"],
        track=people["course"],
        weekday=day,
        start_time=datetime.time(9, 30),
        room=room,
        facilitator=people["facilitator"],
    )
    clash = services.session_create(
        centre=people["centre"],
        title="Réunion",
        room=room,
        starts_at=at(9, 10),
        ends_at=at(9, 11),
    )
    created, skipped = services.sessions_generate(workshop=workshop, weeks=4)
    assert len(created) + len(skipped) in (4, 5)
    assert [day for day, _ in skipped] == [clash.starts_at.date()]
    assert all(s.starts_at > timezone.now() for s in created)
    assert {s.title for s in created} == {people["course"].title}
    assert {timezone.localtime(s.starts_at).time() for s in created} == {datetime.time(9, 30)}
    again, skipped_again = services.sessions_generate(workshop=workshop, weeks=4)
    assert again == [] and len(skipped_again) == 1


def test_attendance_is_only_for_people_with_a_place(session, learners):
    rows = [services.enrolment_add(session=session, user=person) for person in learners]
    services.attendance_set(enrolment=rows[0], attended=True)
    with pytest.raises(ValidationError, match="pas de place"):
        services.attendance_set(enrolment=rows[8], attended=True)
    assert Enrolment.objects.get(pk=rows[0].pk).attended is True
    assert Enrolment.objects.get(pk=rows[8].pk).attended is None


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_facilitators_enrolling_the_last_place_at_once_give_it_to_one():
    from django.contrib.auth import get_user_model
    from django.db import connections

    from accounts.models import Centre

    centre = Centre.objects.create(name="Centre", slug="centre-concurrent")
    room = Room.objects.create(centre=centre, name="Salle")
    session = services.session_create(
        centre=centre,
        title="Dernière place",
        room=room,
        starts_at=at(2),
        ends_at=at(2, 15),
        places=8,
    )
    people = get_user_model().objects
    for index in range(7):
        services.enrolment_add(session=session, user=people.create_user(f"p{index}", centre=centre))
    contenders = [people.create_user(f"late{index}", centre=centre) for index in range(6)]
    barrier = threading.Barrier(len(contenders))
    errors = []

    def enrol(person):
        try:
            barrier.wait()
            services.enrolment_add(session=session, user=person)
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=enrol, args=(person,)) for person in contenders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = Enrolment.objects.filter(session=session)
    assert rows.filter(status=Status.ENROLLED).count() == 8
    assert rows.filter(status=Status.WAITING, user__in=contenders).count() == 5


# The pages


def test_a_facilitator_builds_the_timetable_and_its_sessions(facilitator_client, people, room):
    response = facilitator_client.post(
        "/animation/ateliers/ajouter/",
        {
            "track": people["course"].pk,
            "title": "",
            "weekday": 1,
            "start_time": "14:00",
            "minutes": 90,
            "room": room.pk,
            "facilitator": people["facilitator"].pk,
            "places": 8,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    workshop = Workshop.objects.get()
    assert workshop.centre == people["centre"] and workshop.name == people["course"].title
    # The same room at an overlapping time on the same day is refused, with a message.
    response = facilitator_client.post(
        "/animation/ateliers/ajouter/",
        {
            "weekday": 1,
            "start_time": "15:00",
            "minutes": 90,
            "room": room.pk,
            "facilitator": people["facilitator"].pk,
            "places": 8,
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert "déjà l&#x27;atelier" in response.content.decode()
    assert Workshop.objects.count() == 1
    response = facilitator_client.post(f"/animation/ateliers/{workshop.pk}/seances/", follow=True)
    assert "séances créées" in response.content.decode()
    assert Session.objects.filter(workshop=workshop).count() >= 8
    html = facilitator_client.get("/animation/ateliers/").content.decode()
    assert people["course"].title in html and "Mardi" in html


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start_time": "25:99"}, "heure valide"),
        ({"minutes": 5}, "supérieure ou égale à 15"),
        ({"places": 0}, "supérieure ou égale à 1"),
        ({"weekday": 9}, "choix valide"),
        ({"room": 999999}, "choix valide"),
    ],
)
def test_timetable_form_bad_input(facilitator_client, people, room, fields, message):
    data = {
        "weekday": 1,
        "start_time": "14:00",
        "minutes": 90,
        "room": room.pk,
        "facilitator": people["facilitator"].pk,
        "places": 8,
        "is_active": "on",
    }
    response = facilitator_client.post("/animation/ateliers/ajouter/", {**data, **fields})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Workshop.objects.count() == 0


def test_a_room_of_another_centre_cannot_be_chosen(facilitator_client, people):
    elsewhere = Room.objects.create(centre=people["other_centre"], name="Ailleurs")
    response = facilitator_client.post(
        "/animation/ateliers/ajouter/",
        {
            "weekday": 1,
            "start_time": "14:00",
            "minutes": 90,
            "room": elsewhere.pk,
            "facilitator": people["facilitator"].pk,
            "places": 8,
        },
    )
    assert response.status_code == 302  # no room of their own yet: sent back with a message
    Room.objects.create(centre=people["centre"], name="Chez nous")
    response = facilitator_client.post(
        "/animation/ateliers/ajouter/",
        {
            "weekday": 1,
            "start_time": "14:00",
            "minutes": 90,
            "room": elsewhere.pk,
            "facilitator": people["facilitator"].pk,
            "places": 8,
        },
    )
    assert "choix valide" in response.content.decode()
    assert Workshop.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": "01/01/2020"}, "déjà passée"),
        ({"date": "31/02/2030"}, "date valide"),
        ({"title": ""}, "Champ requis"),
        ({"start_time": "14:30"}, "déjà prise"),
    ],
)
def test_one_off_session_bad_input(facilitator_client, people, room, session, fields, message):
    data = {
        "title": "Aide CAF",
        "date": at(3).strftime("%d/%m/%Y"),
        "start_time": "16:00",
        "minutes": 60,
        "room": room.pk,
        "places": 4,
    }
    response = facilitator_client.post("/animation/seances/ajouter/", {**data, **fields})
    assert response.status_code == 200
    assert message in response.content.decode()
    # The title says there is an error; the summary that takes the focus tells which.
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.get_text().startswith("Erreur : Ajouter une séance")
    summary = soup.find(id="form-errors")
    assert summary.has_attr("autofocus") and message in summary.get_text()
    assert Session.objects.count() == 1
    response = facilitator_client.post("/animation/seances/ajouter/", data)
    assert response.status_code == 302 and Session.objects.count() == 2


def test_enrolling_the_ninth_from_the_page_says_waiting_list(facilitator_client, session, learners):
    for person in learners[:8]:
        services.enrolment_add(session=session, user=person)
    response = facilitator_client.post(
        f"/animation/seances/{session.pk}/inscrire/", {"learner": learners[8].pk}, follow=True
    )
    html = response.content.decode()
    assert "liste d&#x27;attente" in html and "Yvette" in html
    assert Enrolment.objects.get(user=learners[8]).status == Status.WAITING
    for bad in ({"learner": "abc"}, {"learner": learners[0].pk}, {}):
        response = facilitator_client.post(
            f"/animation/seances/{session.pk}/inscrire/", bad, follow=True
        )
        assert "Choisissez un apprenant" in response.content.decode() or (
            "pas dans la liste" in response.content.decode()
        )
    assert Enrolment.objects.filter(session=session).count() == 9


def test_attendance_in_one_click_and_bad_values(facilitator_client, session, people):
    row = services.enrolment_add(session=session, user=people["learner_a"])
    url = f"/animation/seances/{session.pk}/inscriptions/{row.pk}/presence/"
    response = facilitator_client.post(url, {"presence": "present"})
    assert response.status_code == 302 and response["Location"].endswith(f"#personne-{row.pk}")
    assert Enrolment.objects.get(pk=row.pk).attended is True
    response = facilitator_client.post(url, {"presence": "peut-être"}, follow=True)
    assert "Choisissez « présent » ou « absent »" in response.content.decode()
    assert Enrolment.objects.get(pk=row.pk).attended is True
    facilitator_client.post(url, {"presence": "absent"})
    assert Enrolment.objects.get(pk=row.pk).attended is False
    assert facilitator_client.get(url).status_code == 405


def test_the_attendance_sheet_lists_the_enrolled_with_blank_lines(
    facilitator_client, session, learners
):
    for person in learners[:3]:
        services.enrolment_add(session=session, user=person)
    html = facilitator_client.get(f"/animation/seances/{session.pk}/feuille/").content.decode()
    assert "émargement</h1>" in html
    assert all(name in html for name in ("Martine", "Gisèle", "René"))
    assert html.count('class="attendance-sheet__sign"') == 8
    assert "js/print.js" in html


def test_places_below_the_enrolled_are_refused(facilitator_client, session, learners):
    for person in learners[:5]:
        services.enrolment_add(session=session, user=person)
    for bad in ({"places": 3}, {"places": "huit"}, {"places": 99}):
        response = facilitator_client.post(
            f"/animation/seances/{session.pk}/places/", bad, follow=True
        )
        assert "form-errors" in response.content.decode() or "message--error" in (
            response.content.decode()
        )
    session.refresh_from_db()
    assert session.places == 8


def test_permissions(client, people, session):
    row = services.enrolment_add(session=session, user=people["learner_a"])
    facilitator_urls = [
        "/animation/ateliers/",
        "/animation/ateliers/ajouter/",
        "/animation/seances/ajouter/",
        f"/animation/seances/{session.pk}/",
        f"/animation/seances/{session.pk}/feuille/",
    ]
    for url in facilitator_urls:
        assert client.get(url).status_code == 302  # anonymous: sign in
    client.force_login(people["learner_a"])
    for url in facilitator_urls:
        assert client.get(url).status_code == 403
    assert client.post(f"/animation/seances/{session.pk}/inscrire/", {}).status_code == 403
    client.force_login(people["other_facilitator"])
    assert client.get(f"/animation/seances/{session.pk}/").status_code == 404
    assert client.get(f"/animation/seances/{session.pk}/feuille/").status_code == 404
    response = client.post(
        f"/animation/seances/{session.pk}/inscriptions/{row.pk}/presence/", {"presence": "absent"}
    )
    assert response.status_code == 404
    response = client.post(f"/animation/seances/{session.pk}/annuler/", {"confirm": "oui"})
    assert response.status_code == 404
    session.refresh_from_db()
    assert not session.is_cancelled and Enrolment.objects.get(pk=row.pk).attended is None
    client.force_login(people["admin"])
    assert client.get(f"/animation/seances/{session.pk}/").status_code == 200


def test_learners_see_only_their_own_sessions_and_can_give_up_their_place(
    client, people, session, learners
):
    mine = services.enrolment_add(session=session, user=people["learner_a"])
    theirs = services.enrolment_add(session=session, user=people["learner_b"])
    client.force_login(people["learner_a"])
    html = client.get("/mes-ateliers/").content.decode()
    assert "Internet pas à pas" in html and "Votre place est réservée" in html
    assert "Jean" not in html
    assert client.get(f"/mes-ateliers/{theirs.pk}/annuler/").status_code == 404
    assert client.post(f"/mes-ateliers/{theirs.pk}/annuler/", {"confirm": "oui"}).status_code == 404
    # The button asks first; neither the question nor a POST without the « oui » changes a thing.
    html = client.get(f"/mes-ateliers/{mine.pk}/annuler/").content.decode()
    assert "Vous ne pourrez pas venir ?" in html and "Non, je garde ma place" in html
    assert "Votre place sera donnée à une autre personne" in html
    response = client.post(f"/mes-ateliers/{mine.pk}/annuler/", {"confirm": "non"}, follow=True)
    assert "Rien n&#x27;a changé" in response.content.decode()
    assert client.post(f"/mes-ateliers/{mine.pk}/annuler/").status_code == 302
    assert Enrolment.objects.get(pk=mine.pk).status == Status.ENROLLED
    assert client.put(f"/mes-ateliers/{mine.pk}/annuler/").status_code == 405
    response = client.post(f"/mes-ateliers/{mine.pk}/annuler/", {"confirm": "oui"}, follow=True)
    assert "Votre place va à quelqu&#x27;un d&#x27;autre" in response.content.decode()
    assert Enrolment.objects.get(pk=mine.pk).status == Status.CANCELLED
    assert Enrolment.objects.get(pk=theirs.pk).status == Status.ENROLLED
    client.force_login(people["learner_b"])
    assert client.get("/mes-ateliers/").status_code == 200
    client.logout()
    assert client.get("/mes-ateliers/").status_code == 302


def test_cancelling_a_session_needs_the_box_and_learners_see_it(
    facilitator_client, client, people, session
):
    row = services.enrolment_add(session=session, user=people["learner_a"])
    url = f"/animation/seances/{session.pk}/annuler/"
    html = facilitator_client.get(f"/animation/seances/{session.pk}/").content.decode()
    assert "1 personne inscrite ne pourra plus venir" in html
    for data in ({}, {"confirm": "non"}, {"confirm": ""}):
        response = facilitator_client.post(url, data, follow=True)
        assert "cochez d&#x27;abord la case" in response.content.decode(), data
        session.refresh_from_db()
        assert not session.is_cancelled
    assert facilitator_client.get(url).status_code == 405
    response = facilitator_client.post(url, {"confirm": "oui"}, follow=True)
    assert "La séance est annulée" in response.content.decode()
    session.refresh_from_db()
    assert session.is_cancelled
    # The learner still finds it, marked cancelled, with nothing to give up.
    client.force_login(people["learner_a"])
    html = client.get("/mes-ateliers/").content.decode()
    assert "Internet pas à pas" in html and "Cette séance est annulée" in html
    assert f"/mes-ateliers/{row.pk}/annuler/" not in html
    response = client.post(f"/mes-ateliers/{row.pk}/annuler/", {"confirm": "oui"}, follow=True)
    assert "rien à faire" in response.content.decode()
    assert Enrolment.objects.get(pk=row.pk).status == Status.ENROLLED


def test_a_learner_on_the_waiting_list_or_late_is_told_so(client, people, session):
    services.session_places_set(session=session, places=1)
    services.enrolment_add(session=session, user=people["learner_b"])
    waiting = services.enrolment_add(session=session, user=people["learner_a"])
    assert waiting.status == Status.WAITING
    client.force_login(people["learner_a"])
    html = client.get(f"/mes-ateliers/{waiting.pk}/annuler/").content.decode()
    assert "Vous quitterez la liste d'attente" in html
    # Once the session has begun, giving up one's place goes through the facilitator.
    Session.objects.filter(pk=session.pk).update(starts_at=timezone.now())
    html = client.get("/mes-ateliers/").content.decode()
    assert "L&#x27;atelier est en cours." in html or "L'atelier est en cours." in html
    assert f"/mes-ateliers/{waiting.pk}/annuler/" not in html
    for response in (
        client.get(f"/mes-ateliers/{waiting.pk}/annuler/", follow=True),
        client.post(f"/mes-ateliers/{waiting.pk}/annuler/", {"confirm": "oui"}, follow=True),
    ):
        assert "La séance a déjà commencé" in response.content.decode()
    assert Enrolment.objects.get(pk=waiting.pk).status == Status.WAITING


def test_session_and_timetable_pages_keep_their_queries_as_people_join(
    facilitator_client, session, learners, people, room
):
    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert facilitator_client.get(url).status_code == 200
        return len(queries)

    url = f"/animation/seances/{session.pk}/"
    services.enrolment_add(session=session, user=learners[0])
    count(url)  # the shared caches (role permissions) are warm on a live site
    small = (count(url), count("/animation/ateliers/"), count(f"{url}feuille/"))
    for person in learners[1:]:
        services.enrolment_add(session=session, user=person)
    for days in range(4, 9):
        services.session_create(
            centre=people["centre"],
            title=f"S{days}",
            room=room,
            starts_at=at(days),
            ends_at=at(days, 15),
        )
    assert (count(url), count("/animation/ateliers/"), count(f"{url}feuille/")) == small
