"""A lesson page pays one INSERT to tell the LRS it was opened, however much the learner has
done before; without an LRS it pays nothing. Queuing the drain waits until the page is sent,
and a process that dies after the response loses no statement: the row is committed first.

The page is served here as a WSGI server does (django.core.handlers.wsgi.WSGIHandler): the
response is returned, then closed once sent, which is when Django says the request finished."""

from contextlib import contextmanager

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from lrs import services
from lrs.models import OutboxStatement

from .world import make_world


@contextmanager
def served(client, url):
    """The lesson as gunicorn gets it: (response, SQL run before it was handed back). Closed
    (sent) on leaving the block, unless the caller « dies » first."""
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    environ = RequestFactory().get(url, HTTP_COOKIE=cookie).environ
    # As Django's test client does: the test's transaction keeps its connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with CaptureQueriesContext(connection) as captured:
            response = WSGIHandler()(environ, lambda status, headers: None)
        assert response.status_code == 200
        yield response, [query["sql"] for query in captured]
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_the_page_pays_one_insert_and_queues_the_drain_once_sent(make_course, settings, tmp_path):
    settings.H5P_ROOT = tmp_path / "h5p"
    world = make_world(make_course)
    client, url = world["client"], world["lesson"].url
    client.get(url)
    with served(client, url) as (response, without):
        response.close()
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"  # nothing answers there
    client.get(url)  # the pseudonym is made once, the centre's choice and the course cached
    for _ in range(3):
        # A drain stops at the first statement not due yet: the last page's is the only one.
        OutboxStatement.objects.all().delete()
        with served(client, url) as (response, queries):
            row = OutboxStatement.objects.latest("pk")
            # Written and complete before the page leaves; the drain has not been queued yet.
            assert row.verb == "experienced" and row.attempts == 0
            assert row.statement["object"]["id"].endswith(f"/page/{world['lesson'].pk}/")
            assert row.statement["context"]["contextActivities"]["parent"][0]["id"].endswith(
                f"/page/{world['course'].pk}/"
            )
            response.close()  # sent: the drain runs (immediately, with the test settings)
        row.refresh_from_db()
        assert row.attempts == 1  # tried once the page was sent: the LRS did not answer
        outbox = [sql for sql in queries if "lrs_" in sql]
        assert len(outbox) == 1 and outbox[0].startswith('INSERT INTO "lrs_outboxstatement"')
        assert len(queries) == len(without) + 1, queries[len(without) :]
        assert not [sql for sql in queries if "SAVEPOINT" in sql]


def test_a_process_that_dies_after_the_response_loses_no_statement(make_course, settings, tmp_path):
    settings.H5P_ROOT = tmp_path / "h5p"
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"
    world = make_world(make_course)
    with served(world["client"], world["lesson"].url) as (_response, _queries):
        pass  # never closed: the process died once the page was sent
    services._pending.kick = False  # ...and what it meant to do after went with it
    row = OutboxStatement.objects.get()
    assert row.status == OutboxStatement.Status.PENDING and row.attempts == 0
    # The next drain (another statement's, or `xapi_send`) takes it.
    report = services.outbox_drain()
    row.refresh_from_db()
    assert report.failed and row.attempts == 1 and row.status == OutboxStatement.Status.PENDING


def test_a_centre_that_stops_sending_is_heard_at_once(make_course, settings, tmp_path):
    settings.H5P_ROOT = tmp_path / "h5p"
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"
    world = make_world(make_course)
    client, url = world["client"], world["lesson"].url
    client.get(url)
    assert OutboxStatement.objects.count() == 1
    centre = world["centre"]
    centre.sends_learning_records = False
    centre.save()
    client.get(url)
    assert OutboxStatement.objects.count() == 1  # the cached « sends » did not outlive it
    centre.sends_learning_records = True
    centre.save()
    client.get(url)
    assert OutboxStatement.objects.count() == 2


def test_an_erased_pseudonym_is_not_reused_from_the_cache(make_course, settings, tmp_path):
    from lrs.privacy_handlers import erase_pseudonym
    from lrs.services import pseudonym_for

    settings.H5P_ROOT = tmp_path / "h5p"
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"
    world = make_world(make_course)
    world["client"].get(world["lesson"].url)
    learner = world["learner"]
    before = OutboxStatement.objects.get().statement["actor"]["account"]["name"]
    erase_pseudonym(learner)
    learner.refresh_from_db()  # a new request: nothing remembered on the person
    assert str(pseudonym_for(learner)) != before
