"""Queries built once per process (pasapas.prepared) and stamps read once per request
(pasapas.stamps) must never serve what is no longer true: each request reads the rows again,
and a stamp renewed elsewhere shows from the next request on."""

import datetime

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pasapas import stamps
from pasapas.prepared import PreparedQuery

from accounts.backends import RoleBackend
from progress.models import LessonProgress
from tests.live_workshops import workshop_around_now
from tests.test_lesson_queries import CEILING, lesson_queries
from workshops.models import Enrolment
from workshops.services import enrolment_add

User = get_user_model()


def test_the_person_read_once_built_is_the_orm_s_own(people):
    learner = people["learner_a"]
    learner.last_login = timezone.now()
    learner.save()
    read = RoleBackend().get_user(learner.pk)
    expected = User.objects.get(pk=learner.pk)
    for field in User._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(expected, field.attname), field.name
    assert read.last_login.tzinfo is not None  # text on SQLite, turned back into a time
    assert read.role_list == "Apprenants"


def test_a_deactivated_person_is_signed_out_on_the_next_page(client, people):
    learner = people["learner_a"]
    client.force_login(learner)
    assert client.get("/mon-compte/").status_code == 200
    User.objects.filter(pk=learner.pk).update(is_active=False)  # no signal, no save()
    response = client.get("/mon-compte/")
    assert response.status_code == 302 and "/connexion/" in response["Location"]


def test_ids_no_row_can_have_are_refused_without_a_query(people):
    backend = RoleBackend()
    with CaptureQueriesContext(connection) as captured:
        for forged in (2**63, -1, 0, "7; DROP TABLE accounts_user", None, "1e3"):
            assert backend.get_user(forged) is None
    assert len(captured) == 0


def test_times_are_parameters_not_frozen_into_the_sql(people):
    """Built with the first call's values, run with each call's own."""
    learner = people["learner_a"]
    prepared = PreparedQuery(
        lambda shape, user_id, since: LessonProgress.objects.filter(
            user_id=user_id, last_visited_at__gte=since
        ).values("pk")
    )
    lesson = people["lessons"][0]
    LessonProgress.objects.create(user=learner, lesson=lesson, last_visited_at=timezone.now())
    hour_ago = timezone.now() - datetime.timedelta(hours=1)
    assert prepared.first("x", learner.pk, hour_ago) is not None
    assert prepared.first("x", learner.pk, hour_ago + datetime.timedelta(hours=2)) is None
    assert prepared.first("x", people["learner_b"].pk, hour_ago) is None
    assert len(prepared.compiled) == 1


def test_a_workshop_starting_shows_its_bar_on_the_next_page_within_the_ceiling(client, people):
    lesson = people["lessons"][1]
    client.force_login(people["learner_a"])
    html = client.get(lesson.url).content.decode()
    assert "data-live-bar" not in html
    # The room opens 15 min before the start.
    session = workshop_around_now(people, starts_in=datetime.timedelta(minutes=10))
    enrolment_add(session=session, user=people["learner_a"])
    assert "data-live-bar" in client.get(lesson.url).content.decode()
    # One query more while a workshop is on: the place itself, found by the one built once.
    assert lesson_queries(client, lesson) <= CEILING + 1
    Enrolment.objects.filter(session=session).update(status=Enrolment.Status.CANCELLED)
    assert "data-live-bar" not in client.get(lesson.url).content.decode()


def test_a_stamp_renewed_by_another_process_shows_on_the_next_request(client, people):
    """Within a request a stamp is read once; written straight into the cache (as another
    process does), it counts from the next request."""
    client.force_login(people["learner_a"])
    lesson = people["lessons"][1]
    client.get(lesson.url)
    before = stamps.stamp("pages")
    cache.set("stamp:pages", "from-elsewhere", None)
    assert stamps.stamp("pages") == "from-elsewhere"  # outside a request: read each time
    stamps.request_started()
    try:
        assert stamps.stamp("pages") == "from-elsewhere"
        cache.set("stamp:pages", "later", None)
        assert stamps.stamp("pages") == "from-elsewhere"  # the same within one request
        stamps.renew("pages")  # this request's own change: seen at once
        assert stamps.stamp("pages") not in {"from-elsewhere", "later", before}
    finally:
        stamps.request_finished()
