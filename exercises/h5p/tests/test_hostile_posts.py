"""Hostile bodies posted to the xAPI and state endpoints: refused with a plain message, never a
server error, and nothing stored."""

import json

import pytest
from django.test import Client

from exercises.h5p.models import H5PState, XAPIStatement

from .conftest import place_activity
from .test_endpoints import statement

NESTED = "[" * 20_000 + "]" * 20_000  # 40 KB: a RecursionError in Python's parser


@pytest.fixture
def activity(imported, lesson):
    item = imported()
    place_activity(lesson, item)
    return item


@pytest.fixture
def signed_in(learner):
    client = Client(raise_request_exception=False)
    client.force_login(learner)
    return client


def raw_post(client, url, body):
    return client.post(url, body, content_type="application/json")


@pytest.mark.parametrize(
    "body",
    [
        NESTED,
        '{"lesson": 1, "statement": ' + "{" * 20_000 + "}" * 20_000 + "}",
        '{"a":' * 10_000 + "1" + "}" * 10_000,
        # Brackets hidden in strings do not count; real ones after an escaped quote do.
        '{"lesson": "\\"", "statement": ' + "[" * 20_000 + "]" * 20_000 + "}",
    ],
)
@pytest.mark.parametrize("endpoint", ["xapi", "etat"])
def test_deeply_nested_json_is_refused_with_a_message(signed_in, activity, body, endpoint):
    response = raw_post(signed_in, f"/h5p/activite/{activity.pk}/{endpoint}/", body)
    assert response.status_code == 400
    assert "trop imbriqué" in response.json()["error"]
    assert not XAPIStatement.objects.exists() and not H5PState.objects.exists()


def test_a_deep_state_inside_the_post_is_refused_too(signed_in, activity, lesson):
    body = json.dumps({"lesson": lesson.pk, "state": "[" * 5_000 + "]" * 5_000})
    response = raw_post(signed_in, f"/h5p/activite/{activity.pk}/etat/", body)
    assert response.status_code == 400
    assert "trop imbriqué" in response.json()["error"]
    assert not H5PState.objects.exists()


@pytest.mark.parametrize(
    "body",
    [b"\xff\xfe[\x00]\x00", b"\x00", b"[" * 10, b"nul", b'"text"', b"[]", b"12", b"{" + b"x" * 10],
)
def test_unreadable_bodies_are_refused_plainly(signed_in, activity, body):
    response = raw_post(signed_in, f"/h5p/activite/{activity.pk}/xapi/", body)
    assert response.status_code == 400
    assert "illisible" in response.json()["error"]


def test_brackets_inside_text_do_not_count(signed_in, activity, lesson):
    data = statement(activity)
    data["result"]["response"] = "[" * 5_000
    response = raw_post(
        signed_in,
        f"/h5p/activite/{activity.pk}/xapi/",
        json.dumps({"lesson": lesson.pk, "statement": data}),
    )
    assert response.status_code == 200, response.content
    assert response.json()["recorded"] is True
