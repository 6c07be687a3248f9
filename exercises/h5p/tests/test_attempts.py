"""One attempt per top-level answer, whatever verbs H5P sends for it: a Question Set or an
Interactive Video (only « completed », their questions reported as children) is no longer
« 0 essais », an Essay (« answered » then « passed ») no longer counts one check twice."""

from datetime import timedelta

import pytest
from django.test import Client

from progress.models import ExerciseResult, XAPIStatement

from .conftest import place_activity
from .test_endpoints import send, statement


@pytest.fixture
def activity(imported, lesson):
    item = imported()
    place_activity(lesson, item)
    return item


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


def child(activity, verb="answered"):
    data = statement(activity, verb)
    data["context"] = {"contextActivities": {"parent": [{"id": "x"}]}}
    return data


def attempts(learner, activity):
    return ExerciseResult.objects.get(user=learner, activity=activity).attempts


def earlier(seconds=10):
    """As if every statement so far had come that long ago (a later answer)."""
    for row in XAPIStatement.objects.all():
        XAPIStatement.objects.filter(pk=row.pk).update(
            created_at=row.created_at - timedelta(seconds=seconds)
        )


def test_a_question_set_counts_one_attempt_per_round(activity, lesson, learner, signed_in):
    for _ in range(3):
        send(signed_in, activity, lesson, child(activity))
    send(signed_in, activity, lesson, statement(activity, "completed", raw=2, maximum=3))
    assert attempts(learner, activity) == 1
    earlier()
    for _ in range(3):
        send(signed_in, activity, lesson, child(activity))
    send(signed_in, activity, lesson, statement(activity, "completed", raw=3, maximum=3))
    assert attempts(learner, activity) == 2
    result = ExerciseResult.objects.get(user=learner, activity=activity)
    assert result.best_score == 1.0


def test_an_essay_check_is_one_attempt(activity, lesson, learner, signed_in):
    send(signed_in, activity, lesson, statement(activity, "answered", raw=3, maximum=4))
    send(signed_in, activity, lesson, statement(activity, "passed", raw=3, maximum=4))
    assert attempts(learner, activity) == 1
    earlier()
    send(signed_in, activity, lesson, statement(activity, "answered", raw=1, maximum=4))
    send(signed_in, activity, lesson, statement(activity, "failed", raw=1, maximum=4))
    assert attempts(learner, activity) == 2


def test_each_answer_counts_however_quick(activity, lesson, learner, signed_in):
    for expected in (1, 2, 3):
        send(signed_in, activity, lesson, statement(activity, raw=1, maximum=2, success=False))
        assert attempts(learner, activity) == expected
    # A round of a Question Set just after, then another: each is one.
    send(signed_in, activity, lesson, statement(activity, "completed", raw=1, maximum=2))
    assert attempts(learner, activity) == 3  # the « completed » of the last answer
    send(signed_in, activity, lesson, statement(activity, "completed", raw=2, maximum=2))
    assert attempts(learner, activity) == 4


def test_a_verdict_long_after_an_answer_is_an_attempt_of_its_own(
    activity, lesson, learner, signed_in
):
    send(signed_in, activity, lesson, statement(activity, "answered"))
    earlier()
    send(signed_in, activity, lesson, statement(activity, "completed"))
    assert attempts(learner, activity) == 2


def test_another_learner_or_lesson_does_not_swallow_an_attempt(
    activity, lesson, learner, signed_in, make_course
):
    from accounts.services import learner_create

    other, _ = learner_create(centre=learner.centre, first_name="Paul")
    client = Client()
    client.force_login(other)
    send(client, activity, lesson, statement(activity))
    send(signed_in, activity, lesson, statement(activity))
    assert attempts(learner, activity) == 1 and attempts(other, activity) == 1
