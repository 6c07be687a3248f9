"""The outbox waits longer after each failure to reach the LRS, and says so."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from lrs import addresses, services
from lrs.models import OutboxStatement


def test_the_wait_doubles_up_to_an_hour():
    waits = [services.wait_after(n).total_seconds() for n in range(1, 10)]
    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


@pytest.fixture
def waiting(db, settings):
    from accounts.models import Centre
    from accounts.services import learner_create

    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"  # nothing listens there
    learner, _ = learner_create(centre=Centre.objects.create(name="C", slug="c"), first_name="A")
    now = timezone.now()
    statement = {
        "id": str(addresses.statement_id("test", 1, now)),
        "actor": {"account": {"homePage": "http://testserver", "name": "x"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "http://testserver/activite/page/1/"},
    }
    return services.statement_add(user=learner, statement=statement)


def test_an_unreachable_lrs_leaves_the_statement_waiting_longer_each_time(waiting):
    with pytest.raises(CommandError, match="ne répond pas"):
        call_command("xapi_send", stdout=io.StringIO())
    row = OutboxStatement.objects.get()
    assert row.status == "pending" and row.attempts == 1 and row.last_error
    first_wait = row.next_attempt_at - timezone.now()
    assert timedelta(seconds=25) < first_wait <= timedelta(seconds=30)
    # Not due: nothing is tried.
    assert services.outbox_drain().failed is False
    assert OutboxStatement.objects.get().attempts == 1
    # Due: tried again, and the next wait is twice as long.
    later = row.next_attempt_at + timedelta(seconds=1)
    assert services.outbox_drain(now=later).failed
    row.refresh_from_db()
    assert row.attempts == 2
    assert row.next_attempt_at - later == timedelta(seconds=60)


def test_the_same_event_twice_is_one_statement(waiting):
    again = services.statement_add(user=waiting.user, statement=waiting.statement)
    assert again is None
    assert OutboxStatement.objects.count() == 1


def test_without_an_lrs_the_commands_say_so(settings, db):
    settings.LRS_URL = ""
    with pytest.raises(CommandError, match="LRS_URL"):
        call_command("xapi_send")
    assert services.outbox_drain().sent == 0


def test_a_held_lease_keeps_a_second_drain_out(waiting):
    now = timezone.now()
    holder = services._take_lease(now)
    assert holder is not None
    assert services._take_lease(now) is None  # another worker: it leaves the sending to us
    services._release_lease(holder)
    assert services._take_lease(now) is not None
