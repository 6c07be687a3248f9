"""A learner's whole journey reaches a real Ralph and is read back from it with its scores; a
Ralph stopped mid-way loses nothing once it is back; nothing arrives twice."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from lrs.models import OutboxStatement, Pseudonym
from lrs.services import outbox_drain, outbox_requeue

from .world import ADL, answer_exercise, attend_session, h5p_statement, make_world


def mine(ralph, user):
    name = str(Pseudonym.objects.get(user=user).name)
    return [s for s in ralph.statements() if s["actor"]["account"]["name"] == name]


def by_verb(statements, verb):
    return [s for s in statements if s["verb"]["id"] == f"{ADL}{verb}"]


@pytest.fixture
def world(ralph, make_course, settings, tmp_path):
    settings.H5P_ROOT = tmp_path / "h5p"
    settings.MEDIA_ROOT = tmp_path / "media"
    return make_world(make_course)


def test_the_whole_journey_arrives_with_its_scores(
    world, ralph, django_capture_on_commit_callbacks
):
    from certificates.services import certificate_issue

    learner, lesson, course = world["learner"], world["lesson"], world["course"]
    with django_capture_on_commit_callbacks(execute=True):
        assert world["client"].get(lesson.url).status_code == 200
        answer_exercise(world, right=False)
        answer_exercise(world, right=True)
        h5p_statement(world, "answered", raw=3, maximum=4)
        certificate_issue(user=learner, course=course)
        attend_session(world)

    assert not OutboxStatement.objects.filter(status="pending").exists()
    stored = mine(ralph, learner)
    assert len(stored) == OutboxStatement.objects.filter(user=learner).count() == 7

    (opened,) = by_verb(stored, "experienced")
    assert opened["object"]["id"] == f"http://testserver/activite/page/{lesson.pk}/"
    assert opened["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/lesson"
    assert opened["context"]["contextActivities"]["parent"][0]["id"].endswith(
        f"/activite/page/{course.pk}/"
    )
    answers = sorted(by_verb(stored, "answered"), key=lambda s: s["timestamp"])
    native = [s for s in answers if "/activite/exercice/" in s["object"]["id"]]
    assert [(s["result"]["score"]["scaled"], s["result"]["success"]) for s in native] == [
        (0.0, False),
        (1.0, True),
    ]
    (h5p,) = [s for s in answers if "/h5p/activite/" in s["object"]["id"]]
    assert h5p["result"]["score"] == {"raw": 3, "max": 4, "min": 0}
    completed = by_verb(stored, "completed")
    kinds = sorted(s["object"]["definition"]["type"].rsplit("/", 1)[1] for s in completed)
    assert kinds == ["course", "lesson"]
    (attended,) = by_verb(stored, "attended")
    assert attended["object"]["definition"]["name"]["fr-FR"] == "Atelier tablette"

    # Pseudonymous: nothing in what the LRS holds names the person.
    text = json.dumps(stored)
    for secret in (learner.username, "Marie", "Dupont", learner.email or "@nobody"):
        assert secret not in text
    assert {s["actor"]["account"]["homePage"] for s in stored} == {"http://testserver"}


def test_an_lrs_stopped_mid_way_loses_nothing(world, ralph, django_capture_on_commit_callbacks):
    learner, lesson = world["learner"], world["lesson"]
    with django_capture_on_commit_callbacks(execute=True):
        world["client"].get(lesson.url)
    assert len(mine(ralph, learner)) == 1

    ralph.stop()
    with django_capture_on_commit_callbacks(execute=True):
        # The pages answer as usual while the LRS is away.
        assert world["client"].get(lesson.url).status_code == 200
        answer_exercise(world, right=True)
        h5p_statement(world, "answered", raw=1, maximum=2, success=False)
    waiting = OutboxStatement.objects.filter(status="pending").order_by("pk")
    assert waiting.count() == 3
    # The lesson's statement was tried as soon as its page was sent, and failed: the two after
    # it wait behind it, in order (a drain never sends past one that is not due).
    first = waiting.first()
    assert first.attempts >= 1 and first.next_attempt_at
    assert "Connection refused" in first.last_error or first.last_error

    ralph.start()  # the same port and folder: what it stored before is still there
    # Not due yet: the drain waits for the back-off…
    assert outbox_drain().sent == 0
    # …and once due, everything goes, in order.
    report = outbox_drain(now=timezone.now() + timedelta(hours=2))
    assert report.sent == 3 and not report.failed
    stored = mine(ralph, learner)
    assert len(stored) == 4
    assert {str(row.statement_id) for row in OutboxStatement.objects.all()} == {
        s["id"] for s in stored
    }


def test_nothing_is_sent_twice(world, ralph, django_capture_on_commit_callbacks):
    learner = world["learner"]
    with django_capture_on_commit_callbacks(execute=True):
        answer_exercise(world, right=True)
    assert len(mine(ralph, learner)) == 1
    # Sent again (a retry after an answer that was lost, a replay): the LRS keeps one.
    assert outbox_requeue() == 1
    assert outbox_drain().sent == 1
    call_command("xapi_replay", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mine(ralph, learner)) == 1


def test_a_statement_the_lrs_refuses_does_not_hold_the_others(world, ralph):
    from lrs import addresses, services

    now = timezone.now()
    learner = world["learner"]
    good = {
        "id": str(addresses.statement_id("test", 1, now)),
        "actor": {"account": {"homePage": "http://testserver", "name": "x-1"}},
        "verb": {"id": f"{ADL}experienced"},
        "object": {"id": "http://testserver/activite/page/1/"},
    }
    bad = {**good, "id": str(addresses.statement_id("test", 2, now)), "verb": "a lu"}
    later = {**good, "id": str(addresses.statement_id("test", 3, now))}
    services.statement_add(user=learner, statement=good)
    # Written by an older version, say: a verb Ralph cannot read.
    OutboxStatement.objects.create(
        statement_id=bad["id"], user=learner, verb="?", object_iri="?", statement=bad
    )
    services.statement_add(user=learner, statement=later)
    report = outbox_drain()
    assert (report.sent, report.refused) == (2, 1), list(
        OutboxStatement.objects.values_list("last_error", flat=True)
    )
    assert OutboxStatement.objects.get(statement_id=bad["id"]).status == "refused"
