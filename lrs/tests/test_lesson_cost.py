"""A lesson page pays a fixed, small number of queries to tell the LRS it was opened, however
much the learner has done before; without an LRS it pays nothing."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from lrs.models import OutboxStatement

from .world import make_world


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_lesson_page_queries_stay_constant(make_course, settings, tmp_path):
    settings.H5P_ROOT = tmp_path / "h5p"
    world = make_world(make_course)
    client, url = world["client"], world["lesson"].url
    client.get(url)
    without = _queries(client, url)
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"
    client.get(url)  # the pseudonym is made once
    once = _queries(client, url)
    for _ in range(20):
        client.get(url)
    assert _queries(client, url) == once
    assert once - without <= 6
    assert OutboxStatement.objects.count() == 23
