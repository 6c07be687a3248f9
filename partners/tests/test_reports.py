"""« Signaler » on messages to a service: the learner or an agent reports, the centre's
facilitators hide or keep; nobody else sees the reports."""

import pytest
from django.core.exceptions import PermissionDenied

from mentoring.limits import RATE_LIMIT_REPORTS
from partners import services
from partners.models import ServiceMessage, ServiceReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(partners_world, caf_question):
    answer, _ = services.message_post(
        author=partners_world["caf_agent"], question=caf_question, text="Venez mardi."
    )
    return caf_question, answer


def _report(client, message, **data):
    return client.post(f"/partenaires/messages/{message.pk}/signaler/", data)


def test_the_learner_reports_an_answer_and_a_facilitator_hides_it(
    partners_world, answered, as_user
):
    world = partners_world
    question, answer = answered
    learner = as_user(world["learner_a"])
    page = learner.get(f"/partenaires/questions/{question.pk}/").content.decode()
    assert f"/partenaires/messages/{answer.pk}/signaler/" in page
    response = _report(learner, answer, reason="Mon numéro 1 84 12 76 451 089 46 ?")
    assert response.status_code == 302
    report = ServiceReport.objects.get()
    assert report.reporter == world["learner_a"] and "451 089" not in report.reason
    _report(learner, answer)  # twice is harmless
    assert ServiceReport.objects.count() == 1

    facilitator = as_user(world["facilitator"])
    page = facilitator.get("/animation/partenaires/").content.decode()
    assert f"/animation/partenaires/signalements/{report.pk}/" in page
    response = facilitator.post(
        f"/animation/partenaires/signalements/{report.pk}/", {"decision": "hide"}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    answer.refresh_from_db()
    assert report.outcome == "hidden" and report.handled_by == world["facilitator"]
    assert answer.hidden_at is not None
    assert "Aucun message signalé" in facilitator.get("/animation/partenaires/").content.decode()


def test_an_agent_reports_the_learners_message_and_it_is_kept(partners_world, answered, as_user):
    world = partners_world
    question, _answer = answered
    follow_up = ServiceMessage.objects.get(question=question, author=world["learner_a"])
    assert _report(as_user(world["caf_agent"]), follow_up).status_code == 302
    report = ServiceReport.objects.get()
    response = as_user(world["facilitator"]).post(
        f"/animation/partenaires/signalements/{report.pk}/", {"decision": "keep"}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    follow_up.refresh_from_db()
    assert report.outcome == "kept" and follow_up.hidden_at is None


@pytest.mark.parametrize(
    "who", ["caf_agent_other", "cpam_agent", "learner_b", "mentor", "other_facilitator", None]
)
def test_who_cannot_see_the_message_cannot_report_it(partners_world, answered, as_user, who):
    _question, answer = answered
    response = _report(as_user(partners_world[who] if who else None), answer)
    assert response.status_code in (302, 404)
    assert not ServiceReport.objects.exists()


def test_nobody_reports_their_own_message_and_facilitators_hide_directly(partners_world, answered):
    world = partners_world
    _question, answer = answered
    for who in ("caf_agent", "facilitator"):
        with pytest.raises(PermissionDenied):
            services.report_create(reporter=world[who], message=answer)
    assert not ServiceReport.objects.exists()


def test_another_centres_facilitator_sees_and_handles_nothing(partners_world, answered, as_user):
    world = partners_world
    _question, answer = answered
    report = services.report_create(reporter=world["learner_a"], message=answer, reason="Bizarre")
    other = as_user(world["other_facilitator"])
    assert "Bizarre" not in other.get("/animation/partenaires/").content.decode()
    url = f"/animation/partenaires/signalements/{report.pk}/"
    assert other.post(url, {"decision": "hide"}).status_code == 404
    for who in ("learner_a", "caf_agent", "mentor"):
        assert as_user(world[who]).post(url, {"decision": "hide"}).status_code in (403, 404)
    report.refresh_from_db()
    answer.refresh_from_db()
    assert report.handled_at is None and answer.hidden_at is None


def test_bad_input_is_refused_in_plain_french(partners_world, answered, as_user):
    world = partners_world
    _question, answer = answered
    learner = as_user(world["learner_a"])
    response = _report(learner, answer, reason="x" * 501)
    assert response.status_code == 400 and "trop longue" in response.content.decode()
    assert learner.get(f"/partenaires/messages/{answer.pk}/signaler/").status_code == 405
    assert _report(learner, ServiceMessage(pk=999999)).status_code == 404
    assert not ServiceReport.objects.exists()
    report = services.report_create(reporter=world["learner_a"], message=answer)
    facilitator = as_user(world["facilitator"])
    url = f"/animation/partenaires/signalements/{report.pk}/"
    response = facilitator.post(url, {"decision": "peut-être"})
    assert response.status_code == 400 and "Choisissez" in response.content.decode()
    assert facilitator.post(url, {"decision": "keep"}).status_code == 302
    assert facilitator.post(url, {"decision": "hide"}).status_code == 404  # already handled
    answer.refresh_from_db()
    assert answer.hidden_at is None


def test_reports_are_rate_limited(partners_world, caf_question):
    world = partners_world
    answers = [  # written straight: the posts' own rate limit is not what is tried here
        ServiceMessage.objects.create(question=caf_question, author=world["caf_agent"], text="R")
        for _n in range(RATE_LIMIT_REPORTS + 1)
    ]
    for answer in answers[:-1]:
        services.report_create(reporter=world["learner_a"], message=answer)
    with pytest.raises(services.RateLimited):
        services.report_create(reporter=world["learner_a"], message=answers[-1])
