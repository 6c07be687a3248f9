"""« Signaler »: anyone who sees a message can report it; the centre's facilitators decide."""

from html import unescape

from mentoring import services
from mentoring.limits import RATE_LIMIT_REPORTS
from mentoring.models import Message, Report, Thread


def test_reporting_twice_is_one_report(world, as_user):
    client = as_user(world["learner_a"])
    url = f"/messages/{world['answer'].pk}/signaler/"
    response = client.post(url, {"reason": ""})
    assert response.status_code == 302
    assert Report.objects.filter(message=world["answer"]).count() == 1  # world's + this one


def test_a_too_long_reason_is_refused(world, as_user):
    client = as_user(world["facilitator"])
    response = client.post(f"/messages/{world['answer'].pk}/signaler/", {"reason": "x" * 501})
    assert response.status_code == 200
    assert "501 caractères, 500 au plus" in unescape(response.content.decode())
    assert Report.objects.count() == 1


def test_one_cannot_report_oneself(world, as_user):
    client = as_user(world["learner_a"])
    assert client.post(f"/messages/{world['question_a'].pk}/signaler/").status_code == 403


def test_a_flood_of_reports_is_stopped(world, as_user):
    a, lesson = world["learner_a"], world["lesson"]
    for number in range(RATE_LIMIT_REPORTS + 1):
        thread = Thread.objects.create(learner=a, lesson_id=lesson.pk)
        message = Message.objects.create(thread=thread, author=world["mentor"], text=f"{number}")
        response = as_user(a).post(f"/messages/{message.pk}/signaler/", {"reason": "non"})
    assert response.status_code == 429
    assert Report.objects.filter(reporter=a).count() == RATE_LIMIT_REPORTS


def test_the_facilitator_keeps_a_reported_message(world, as_user):
    report = world["report"]
    client = as_user(world["facilitator"])
    html = unescape(client.get("/animation/signalements/").content.decode())
    assert "Message de Sophie" in html and "Pas clair" in html and "par Marie" in html
    client.post(f"/animation/signalements/{report.pk}/", {"decision": "keep"})
    report.refresh_from_db()
    world["answer"].refresh_from_db()
    assert report.outcome == "kept" and report.handled_by == world["facilitator"]
    assert not world["answer"].is_hidden
    assert "Aucun signalement" in unescape(client.get("/animation/signalements/").content.decode())


def test_another_centre_sees_no_report(world, as_user):
    html = unescape(
        as_user(world["other_facilitator"]).get("/animation/signalements/").content.decode()
    )
    assert "Pas clair" not in html and "Aucun signalement" in html


def test_the_report_service_checks_visibility(world):
    import pytest
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.report_create(reporter=world["learner_b"], message=world["answer"])
    with pytest.raises(PermissionDenied):
        services.report_create(reporter=world["learner_b"], tip=world["pending_tip"])
