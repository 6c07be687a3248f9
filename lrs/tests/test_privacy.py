"""Privacy by default: nothing is written without an LRS and a centre that chose to send; the
actor is an opaque account; erasure sends nothing more; the export says what was sent."""

import pytest
from django.utils import timezone

from accounts.privacy import erase_user, export_user_data
from lrs.models import OutboxStatement, Pseudonym

from .world import answer_exercise, attend_session, h5p_statement, make_world


@pytest.fixture
def lrs_set(settings, tmp_path):
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"  # nothing listens: statements wait
    settings.H5P_ROOT = tmp_path / "h5p"
    settings.MEDIA_ROOT = tmp_path / "media"


def _journey(world):
    world["client"].get(world["lesson"].url)
    answer_exercise(world, right=True)
    h5p_statement(world)
    attend_session(world)


def test_a_centre_that_did_not_choose_sends_nothing(lrs_set, make_course):
    world = make_world(make_course, sends=False)
    _journey(world)
    assert not OutboxStatement.objects.exists()
    assert not Pseudonym.objects.exists()


def test_without_an_lrs_nothing_is_written(settings, make_course, tmp_path):
    settings.LRS_URL = ""
    settings.H5P_ROOT = tmp_path / "h5p"
    world = make_world(make_course)
    _journey(world)
    assert not OutboxStatement.objects.exists()


def test_a_learner_without_a_centre_sends_nothing(lrs_set, make_course):
    world = make_world(make_course)
    learner = world["learner"]
    learner.centre = None
    learner.save()
    world["client"].get(world["lesson"].url)
    answer_exercise(world, right=True)
    assert not OutboxStatement.objects.exists()


def test_the_actor_is_an_opaque_account(lrs_set, make_course):
    world = make_world(make_course)
    _journey(world)
    learner = world["learner"]
    name = str(Pseudonym.objects.get(user=learner).name)
    rows = OutboxStatement.objects.filter(user=learner)
    assert rows.count() == 5  # opened, answered, H5P, lesson completed, attended
    for row in rows:
        assert row.statement["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver", "name": name},
        }
        assert "Marie" not in str(row.statement) and learner.username not in str(row.statement)


def test_the_pages_answer_while_the_lrs_is_unreachable(lrs_set, make_course):
    world = make_world(make_course)
    _journey(world)  # each post and page above checked its own 200
    waiting = OutboxStatement.objects.filter(status="pending")
    assert waiting.count() == 5


def test_erasure_sends_nothing_more_and_the_export_said_what_was_sent(lrs_set, make_course):
    world = make_world(make_course)
    learner = world["learner"]
    world["client"].get(world["lesson"].url)
    answer_exercise(world, right=True)
    first = OutboxStatement.objects.order_by("pk").first()
    OutboxStatement.objects.filter(pk=first.pk).update(status="sent", sent_at=timezone.now())

    exported = export_user_data(learner)
    statements = exported["lrs.OutboxStatement"]
    assert [item["status"] for item in statements] == ["sent", "pending"]
    assert statements[0]["sent_at"] and statements[0]["statement"]["verb"]["id"].endswith(
        "experienced"
    )
    pseudonym = exported["lrs.Pseudonym"]["account_name"]
    assert statements[0]["statement"]["actor"]["account"]["name"] == pseudonym

    erase_user(learner)
    assert not OutboxStatement.objects.filter(status="pending").exists()  # never sent now
    assert not OutboxStatement.objects.filter(user=learner).exists()
    assert not Pseudonym.objects.exists()
    kept = OutboxStatement.objects.get()
    assert kept.status == "sent" and kept.statement == {}

    # What the person's records still hold, anonymous, is never sent again.
    from lrs.replay import history

    assert history() == []
