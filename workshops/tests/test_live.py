"""The live room: raised hands, « tout le monde page 3 », the facilitator's view and its poll."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.services import learner_create
from courses.factories import LessonPageFactory
from progress.models import ExerciseResult, LessonProgress
from progress.services import lesson_position_set, lesson_visit
from workshops import live
from workshops.models import Enrolment, Room
from workshops.services import enrolment_add, session_create

Status = Enrolment.Status
JSON = {"HTTP_ACCEPT": "application/json"}
NAMES = ["Martine", "Gisèle", "René", "Josiane", "Paulette", "Lucien", "Odette", "Marcel"]


def make_session(people, *, starts_in=-10, minutes=90, name="Espace Atelier", track=None):
    """A session starting `starts_in` minutes from now (negative: already started)."""
    now = timezone.now()
    room = Room.objects.create(centre=people["centre"], name=name)
    starts_at = now + datetime.timedelta(minutes=starts_in)
    return session_create(
        centre=people["centre"],
        title="Internet pas à pas",
        track=track or people["course"],
        room=room,
        facilitator=people["facilitator"],
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=minutes),
        now=starts_at - datetime.timedelta(hours=1),
    )


@pytest.fixture
def session(people):
    session = make_session(people)
    for learner in (people["learner_a"], people["learner_b"]):
        enrolment_add(session=session, user=learner)
    return session


def place(session, user):
    return Enrolment.objects.select_related("session").get(session=session, user=user)


def signed_in(client, user):
    client.force_login(user)
    return client


def room_urls(session, enrolment):
    return [
        ("get", reverse("workshops:room", args=[session.pk])),
        ("get", reverse("workshops:room_state", args=[session.pk])),
        ("post", reverse("workshops:room_hand_lower", args=[session.pk, enrolment.pk])),
        ("post", reverse("workshops:room_goto", args=[session.pk])),
    ]


def learner_urls(session):
    return [
        ("post", reverse("workshops:hand_raise", args=[session.pk])),
        ("post", reverse("workshops:hand_lower", args=[session.pk])),
        ("get", reverse("workshops:learner_state", args=[session.pk])),
    ]


# Permissions


def test_the_room_is_for_the_centres_facilitators_and_admins(client, people, session):
    enrolment = place(session, people["learner_a"])
    lesson = people["lessons"][0]
    for method, url in room_urls(session, enrolment):
        data = {"lesson": lesson.pk} if method == "post" else None
        client.logout()
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and "/connexion/" in response["Location"], url
        for user, status in (
            (people["learner_a"], 403),
            (people["mentor"], 403),
            (people["other_facilitator"], 404),
        ):
            signed_in(client, user)
            assert getattr(client, method)(url, data).status_code == status, (url, user)
        for user in (people["facilitator"], people["admin"]):
            signed_in(client, user)
            assert getattr(client, method)(url, data).status_code in (200, 302), (url, user)


def test_learner_endpoints_are_only_for_people_with_a_place(client, people, session):
    waiting = make_session(people, name="Salle 2")
    enrolment_add(session=waiting, user=people["learner_a"])
    Enrolment.objects.filter(session=waiting).update(status=Status.WAITING)
    for method, url in learner_urls(session):
        client.logout()
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/connexion/" in response["Location"]
        assert getattr(client, method)(url, **JSON).status_code == 401
        for user in (people["facilitator"], people["admin"], people["mentor"]):
            signed_in(client, user)
            assert getattr(client, method)(url, **JSON).status_code == 404, (url, user)
        signed_in(client, people["learner_a"])
        assert getattr(client, method)(url, **JSON).status_code == 200, url
    # On the waiting list (or after cancelling): no hand to raise.
    signed_in(client, people["learner_a"])
    for method, url in learner_urls(waiting):
        assert getattr(client, method)(url, **JSON).status_code == 404
    assert Enrolment.objects.get(session=waiting).hand_raised_at is None
    Enrolment.objects.filter(session=session).update(status=Status.CANCELLED)
    for method, url in learner_urls(session):
        assert getattr(client, method)(url, **JSON).status_code == 404
    # A missing session or a GET on a POST endpoint.
    assert client.post("/atelier/999999/bloque/", **JSON).status_code == 404


def test_a_get_cannot_raise_a_hand(client, people, session):
    signed_in(client, people["learner_a"])
    assert client.get(reverse("workshops:hand_raise", args=[session.pk])).status_code == 405
    assert place(session, people["learner_a"]).hand_raised_at is None


# Raising and lowering


def test_a_raised_hand_reaches_the_room_first_and_the_facilitator_lowers_it(
    client, people, session
):
    signed_in(client, people["learner_b"])
    response = client.post(reverse("workshops:hand_raise", args=[session.pk]), **JSON)
    assert response.status_code == 200
    assert response.json()["hand_raised"] is True
    first = place(session, people["learner_b"]).hand_raised_at
    # Pressing again keeps one's turn.
    client.post(reverse("workshops:hand_raise", args=[session.pk]), **JSON)
    assert place(session, people["learner_b"]).hand_raised_at == first

    signed_in(client, people["facilitator"])
    state = client.get(reverse("workshops:room_state", args=[session.pk])).json()
    assert state["raised"] == 1
    assert [item["name"] for item in state["learners"]][0] == "Jean"
    assert state["learners"][0]["hand_raised_at"] is not None
    assert state["learners"][0]["online"] is True
    page = client.get(reverse("workshops:room", args=[session.pk])).content.decode()
    assert "Main levée" in page and "Baisser la main" in page and "1 main levée" in page

    enrolment = place(session, people["learner_b"])
    lower = reverse("workshops:room_hand_lower", args=[session.pk, enrolment.pk])
    response = client.post(lower)  # no script: back to the room with a message
    assert response.status_code == 302
    assert response["Location"] == reverse("workshops:room", args=[session.pk])
    assert place(session, people["learner_b"]).hand_raised_at is None

    signed_in(client, people["learner_b"])
    state = client.get(reverse("workshops:learner_state", args=[session.pk])).json()
    assert state["hand_raised"] is False


def test_a_facilitator_cannot_lower_a_hand_of_another_session(client, people, session):
    other = make_session(people, name="Salle 2")
    enrolment_add(session=other, user=people["learner_a"])
    stranger = place(other, people["learner_a"])
    live.hand_raise(enrolment=stranger)
    signed_in(client, people["facilitator"])
    url = reverse("workshops:room_hand_lower", args=[session.pk, stranger.pk])
    assert client.post(url, **JSON).status_code == 404
    assert place(other, people["learner_a"]).hand_raised_at is not None


def test_the_learner_lowers_their_own_hand_and_goes_back_where_they_were(client, people, session):
    signed_in(client, people["learner_a"])
    url = reverse("workshops:hand_raise", args=[session.pk])
    response = client.post(url, {"next": "/mon-parcours/"})
    assert response.status_code == 302 and response["Location"] == "/mon-parcours/"
    assert place(session, people["learner_a"]).hand_raised_at is not None
    response = client.post(
        reverse("workshops:hand_lower", args=[session.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
    assert place(session, people["learner_a"]).hand_raised_at is None


@pytest.mark.parametrize("starts_in", [60, -200])
def test_no_hand_outside_the_session_time(client, people, starts_in):
    session = make_session(people, starts_in=starts_in, minutes=120)
    enrolment_add(
        session=session, user=people["learner_a"], now=session.starts_at - datetime.timedelta(1)
    )
    signed_in(client, people["learner_a"])
    url = reverse("workshops:hand_raise", args=[session.pk])
    response = client.post(url, **JSON)
    assert response.status_code == 409
    assert "n'a pas lieu en ce moment" in response.json()["error"]
    response = client.post(url, follow=True)
    assert "n&#x27;a pas lieu en ce moment" in response.content.decode()
    assert place(session, people["learner_a"]).hand_raised_at is None
    state = client.get(reverse("workshops:learner_state", args=[session.pk]))
    assert state.status_code == 409 and state.json()["on"] is False
    assert client.post(reverse("workshops:hand_lower", args=[session.pk]), **JSON).status_code == (
        409
    )


def test_the_room_opens_a_quarter_of_an_hour_early(people):
    session = make_session(people, starts_in=14)
    enrolment_add(session=session, user=people["learner_a"])
    assert live.hand_raise(enrolment=place(session, people["learner_a"])).hand_raised_at


def test_a_cancelled_session_has_no_room(people, session):
    session.is_cancelled = True
    assert not live.is_on(session)


# « Tout le monde page 3 »


def test_goto_sends_everyone_to_a_lesson_of_the_track(client, people, session):
    lesson = people["lessons"][2]
    signed_in(client, people["facilitator"])
    url = reverse("workshops:room_goto", args=[session.pk])
    response = client.post(url, {"lesson": lesson.pk}, **JSON)
    assert response.status_code == 200
    assert response.json()["goto"]["title"] == lesson.title
    signed_in(client, people["learner_a"])
    state = client.get(reverse("workshops:learner_state", args=[session.pk])).json()
    assert state["goto"]["id"] == lesson.pk
    assert state["goto"]["url"] == lesson.url
    assert state["goto"]["goto_at"]
    page = client.get("/mon-parcours/").content.decode()
    assert "La personne qui anime propose d'aller à" in page and "Y aller" in page
    # On that lesson already: the banner stays out of the way.
    page = client.get(lesson.url).content.decode()
    assert "data-goto hidden" in page
    # The facilitator takes it back.
    signed_in(client, people["facilitator"])
    client.post(url, {"clear": "1"})
    session.refresh_from_db()
    assert session.goto_lesson_id is None


@pytest.mark.parametrize("case", ["other_track", "course_page", "home", "garbage", "empty", "gone"])
def test_goto_refuses_anything_but_a_live_lesson_of_the_track(
    client, people, session, make_course, case
):
    other_course, other_lessons = make_course(lessons=1)
    gone = people["lessons"][1]
    gone.unpublish()
    value = {
        "other_track": other_lessons[0].pk,
        "course_page": people["course"].pk,
        "home": people["course"].get_parent().get_parent().pk,
        "garbage": "1; DROP TABLE",
        "empty": "",
        "gone": gone.pk,
    }[case]
    signed_in(client, people["facilitator"])
    url = reverse("workshops:room_goto", args=[session.pk])
    response = client.post(url, {"lesson": value}, **JSON)
    assert response.status_code == 400
    assert response.json()["error"] == "Choisissez une leçon du parcours de la séance."
    response = client.post(url, {"lesson": value}, follow=True)
    assert "Choisissez une leçon du parcours" in response.content.decode()
    session.refresh_from_db()
    assert session.goto_lesson_id is None and session.goto_at is None


def test_the_room_offers_the_tracks_lessons_in_order(client, people, session):
    signed_in(client, people["facilitator"])
    page = client.get(reverse("workshops:room", args=[session.pk])).content.decode()
    positions = [page.index(f'value="{lesson.pk}"') for lesson in people["lessons"]]
    assert positions == sorted(positions)
    assert "Envoyer tout le monde" in page


# What the room shows


def test_the_room_shows_the_lesson_part_activity_and_results(client, people, session):
    body = [{"type": "text", "value": f"<p>Partie {n}</p>"} for n in range(4)]
    lesson = LessonPageFactory(parent=people["course"], title="Les courriels", body=body)
    block_ids = [block["id"] for block in lesson.body.raw_data]
    learner = people["learner_a"]
    lesson_visit(user=learner, lesson=people["lessons"][0])
    lesson_visit(user=learner, lesson=lesson)
    lesson_position_set(user=learner, lesson=lesson, position=f"b-{block_ids[2]}")
    ExerciseResult.objects.create(
        user=learner,
        lesson=lesson,
        source="native",
        exercise=_exercise("La souris"),
        best_score=0.75,
        passed_at=timezone.now(),
    )
    signed_in(client, people["facilitator"])
    state = client.get(reverse("workshops:room_state", args=[session.pk])).json()
    marie = next(item for item in state["learners"] if item["name"] == "Marie")
    assert marie["lesson"] == {"id": lesson.pk, "title": "Les courriels", "url": lesson.url}
    assert marie["part"] == {"number": 3, "total": 4, "label": "partie 3 sur 4"}
    assert marie["results"] == [{"title": "La souris", "best_percent": 75, "passed": True}]
    assert marie["last_activity"] and marie["last_activity_clock"]
    assert marie["hand_raised_at"] is None and marie["online"] is False
    jean = next(item for item in state["learners"] if item["name"] == "Jean")
    assert jean["lesson"] is None and jean["part"] is None and jean["results"] == []
    assert set(state) == {"session", "on", "goto", "raised", "learners"}
    assert set(marie) == {
        "enrolment",
        "lower_url",
        "name",
        "lesson",
        "part",
        "last_activity",
        "last_activity_clock",
        "results",
        "hand_raised_at",
        "hand_clock",
        "online",
    }
    page = client.get(reverse("workshops:room", args=[session.pk])).content.decode()
    assert "partie 3 sur 4" in page and "La souris : 75 %" in page


def test_only_people_with_a_place_are_in_the_room(people, session):
    Enrolment.objects.filter(user=people["learner_b"]).update(status=Status.WAITING)
    names = [item["name"] for item in live.room_snapshot(session)["learners"]]
    assert names == ["Marie"]


def test_an_unchanged_room_answers_304(client, people, session):
    signed_in(client, people["facilitator"])
    url = reverse("workshops:room_state", args=[session.pk])
    first = client.get(url)
    etag = first["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    live.hand_raise(enrolment=place(session, people["learner_a"]))
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def _exercise(title):
    from exercises.models import Exercise

    fields = {field.name for field in Exercise._meta.get_fields()}
    values = {"title": title}
    if "kind" in fields:
        values["kind"] = "choice"
    return Exercise.objects.create(**values)


def _fill(people, session, count, records):
    """`count` learners in the session, each with `records` lessons visited and results."""
    lessons = people["lessons"]
    exercise = _exercise("Le clavier")
    for n in range(count):
        user, _ = learner_create(centre=people["centre"], first_name=NAMES[n])
        enrolment_add(session=session, user=user)
        for r in range(records):
            lesson = lessons[r % len(lessons)]
            LessonProgress.objects.get_or_create(user=user, lesson=lesson)
        ExerciseResult.objects.create(
            user=user, lesson=lessons[0], source="native", exercise=exercise, best_score=0.5
        )
        if n % 2:
            live.hand_raise(enrolment=place(session, user))


def _poll_queries(client, url):
    client.get(url)  # warm: the lesson parts cache, the site's root paths
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.json()


def test_the_room_poll_costs_the_same_for_2_and_8_learners_and_more_records(client, people):
    cache.clear()
    small = make_session(people, name="Salle A")
    big = make_session(people, name="Salle B")
    _fill(people, small, 2, 1)
    _fill(people, big, 8, 3)
    # More lessons to visit, with parts to resolve.
    for lesson in LessonPageFactory.create_batch(
        5, parent=people["course"], body=[{"type": "text", "value": "<p>x</p>"}]
    ):
        for enrolment in big.enrolments.all():
            lesson_visit(user=enrolment.user, lesson=lesson)
    signed_in(client, people["facilitator"])
    small_count, small_state = _poll_queries(
        client, reverse("workshops:room_state", args=[small.pk])
    )
    big_count, big_state = _poll_queries(client, reverse("workshops:room_state", args=[big.pk]))
    assert len(small_state["learners"]) == 2 and len(big_state["learners"]) == 8
    assert big_state["raised"] == 4
    assert small_count == big_count
    assert big_count <= 10, big_count


def test_the_room_snapshot_itself_is_a_handful_of_queries(django_assert_max_num_queries, people):
    session = make_session(people)
    _fill(people, session, 8, 3)
    live.room_snapshot(session)
    with django_assert_max_num_queries(4):
        live.room_snapshot(session)


def test_the_learner_poll_is_one_query_and_presence_is_written_every_20_seconds(
    client, people, session
):
    signed_in(client, people["learner_a"])
    url = reverse("workshops:learner_state", args=[session.pk])
    client.get(url)  # writes the presence
    seen = place(session, people["learner_a"]).last_seen_at
    assert seen is not None
    with CaptureQueriesContext(connection) as captured:
        state = client.get(url).json()
    updates = [q for q in captured.captured_queries if q["sql"].startswith("UPDATE")]
    assert updates == []
    # Beyond auth (the session and the user): the place, with the session and the goto.
    assert len(captured) <= 3
    assert set(state) == {"session", "on", "hand_raised", "hand_raised_at", "goto"}
    assert place(session, people["learner_a"]).last_seen_at == seen
    later = seen + live.PRESENCE_EVERY + datetime.timedelta(seconds=1)
    assert live.presence_mark(enrolment=place(session, people["learner_a"]), now=later)
    assert place(session, people["learner_a"]).last_seen_at == later


def test_the_bar_shows_for_a_learner_in_a_session_on_now_only(client, people, session):
    signed_in(client, people["learner_a"])
    page = client.get("/mon-parcours/").content.decode()
    assert "J'ai besoin d'aide" in page and "js/live_hand.js" in page
    signed_in(client, people["mentor"])
    assert "J'ai besoin d'aide" not in client.get("/mon-parcours/").content.decode()
    client.logout()
    assert "J'ai besoin d'aide" not in client.get("/").content.decode()


def test_the_bar_costs_nothing_for_visitors(client, people, session):
    from django.test import RequestFactory

    from workshops.context_processors import live_bar

    request = RequestFactory().get("/")
    request.user = people["learner_a"]
    with CaptureQueriesContext(connection) as captured:
        context = live_bar(request)
    assert len(captured) == 0  # lazy: nothing until a template asks
    assert context["live_bar"]["hand_raised"] is False
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert live_bar(request) == {}
