"""Hostile bodies posted to the xAPI and state endpoints: refused with a plain message, never a
server error, and nothing stored."""

import json

import pytest
from django.test import Client

from progress.models import H5PState, XAPIStatement

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


# --- Statements stored at a bounded size, within a quota per learner ---------------------------


def bloated(activity, n=0):
    data = statement(activity, "answered", raw=1, maximum=2, success=False)
    data["result"]["response"] = "r" * 20_000
    data["result"]["extensions"] = {"http://x/e": "e" * 10_000}
    data["context"] = {
        "contextActivities": {
            "parent": [{"id": f"http://testserver/parent/{i}"} for i in range(50)],
            "category": [{"id": "http://h5p.org/libraries/H5P.X-1.0", "x": "c" * 5_000}],
        },
        "extensions": {"http://h5p.org/x-api/h5p-local-content-id": "z" * 20_000},
        "registration": "1" * 1_000,
    }
    data["attachments"] = [{"x": "a" * 2_000}]
    data["timestamp"] = "2026-12-07T10:00:00Z" + "t" * 1_000
    return data


def send_raw(client, activity, lesson, data):
    return raw_post(
        client,
        f"/h5p/activite/{activity.pk}/xapi/",
        json.dumps({"lesson": lesson.pk, "statement": data}),
    )


def test_a_statement_is_stored_at_a_bounded_size(signed_in, activity, lesson, learner):
    response = send_raw(signed_in, activity, lesson, bloated(activity))
    assert response.status_code == 200, response.content
    row = XAPIStatement.objects.get()
    size = len(json.dumps(row.statement))
    assert size < 2_500, size
    kept = row.statement
    assert kept["verb"]["id"].endswith("/answered")
    assert kept["object"]["id"] == f"http://testserver/h5p/activite/{activity.pk}/"
    assert kept["result"]["score"] == {"raw": 1, "max": 2, "min": 0}
    assert kept["result"]["success"] is False
    assert len(kept["result"]["response"]) == 1_000
    assert set(kept["context"]) == {"contextActivities"}
    assert len(kept["context"]["contextActivities"]["parent"]) == 3
    assert "actor" not in kept and "attachments" not in kept
    assert "extensions" not in json.dumps(kept)


def test_the_privacy_export_stays_small(signed_in, activity, lesson, learner):
    from accounts.privacy import export_user_data

    for n in range(40):
        assert send_raw(signed_in, activity, lesson, bloated(activity, n)).status_code == 200
    exported = json.dumps(export_user_data(learner), default=str)
    # 40 statements of about 60 KB each were 2.4 MB; bounded, they are a few hundred bytes.
    assert len(exported) < 150_000, len(exported)


def test_the_quota_is_per_learner_across_activities(
    signed_in, activity, imported, lesson, monkeypatch
):
    from progress import services

    other = imported(title="Autre activité")
    place_activity(lesson, other)
    monkeypatch.setattr(services, "MAX_STATEMENTS_PER_10_MINUTES", 3)
    codes = [
        send_raw(signed_in, item, lesson, statement(item, "interacted")).status_code
        for item in (activity, other, activity, other, activity)
    ]
    assert codes == [200, 200, 200, 429, 429]
    assert XAPIStatement.objects.count() == 3


def test_a_day_has_its_quota_too(signed_in, activity, lesson, learner, monkeypatch):
    import datetime

    from django.utils import timezone

    from progress import services

    monkeypatch.setattr(services, "MAX_STATEMENTS_PER_DAY", 4)
    for _n in range(4):
        assert (
            send_raw(signed_in, activity, lesson, statement(activity, "interacted")).status_code
            == 200
        )
    # Sent this morning: past the ten minutes, within the day.
    XAPIStatement.objects.update(created_at=timezone.now() - datetime.timedelta(hours=3))
    response = send_raw(signed_in, activity, lesson, statement(activity, "interacted"))
    assert response.status_code == 429
    assert "Trop d'envois" in response.json()["error"]
    XAPIStatement.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
    assert (
        send_raw(signed_in, activity, lesson, statement(activity, "interacted")).status_code == 200
    )


def test_an_object_id_of_any_length_is_refused(signed_in, activity, lesson):
    data = statement(activity, sub="x" * 10_000)
    assert send_raw(signed_in, activity, lesson, data).status_code == 400
    assert not XAPIStatement.objects.exists()


@pytest.mark.postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_statements_sent_at_once_do_not_pass_the_quota(activity, lesson, learner, monkeypatch):
    from exercises.h5p.xapi import parse_statement
    from exercises.records import TooManyStatements
    from progress import services
    from tests.concurrency import run_together

    monkeypatch.setattr(services, "MAX_STATEMENTS_PER_10_MINUTES", 5)
    iri = f"http://testserver/h5p/activite/{activity.pk}/"
    parsed = parse_statement(
        statement(activity, "interacted"), activity_iri=iri, site_origin="", user=learner
    )

    def record():
        services.h5p_statement_record(user=learner, activity=activity, lesson=lesson, parsed=parsed)

    for _n in range(4):
        record()
    errors = run_together(*[record for _ in range(6)])
    assert len(errors) == 5 and all(isinstance(e, TooManyStatements) for e in errors)
    assert XAPIStatement.objects.filter(user=learner).count() == 5
