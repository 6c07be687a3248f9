"""Notifications: counts in the menu (one query), e-mail only for people who asked for it and
gave an address, sent once the write is committed, without the message's text."""

import re
from html import unescape

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mentoring import selectors, services


@pytest.fixture(autouse=True)
def email_enabled(settings):
    settings.MENTORING_EMAIL_ENABLED = True


def test_menu_counts_for_each_role(world, as_user):
    html = unescape(as_user(world["learner_a"]).get("/mon-parcours/").content.decode())
    assert 'Mes questions <span class="nav-count">(1 réponse nouvelle)</span>' in html
    assert "Mon ange gardien" in html
    html = unescape(as_user(world["mentor"]).get("/mon-parcours/").content.decode())
    assert "Mes apprenants" in html and "nouvelle question" not in html  # Sophie answered
    services.message_post(author=world["learner_a"], thread=world["thread_a"], text="Merci !")
    html = unescape(as_user(world["mentor"]).get("/mon-parcours/").content.decode())
    assert 'Mes apprenants <span class="nav-count">(1 nouvelle question)</span>' in html
    html = unescape(as_user(world["other_mentor"]).get("/mon-parcours/").content.decode())
    assert "Mes apprenants</a>" in html  # Jean has not accepted Bruno: nothing to count
    html = unescape(as_user(world["facilitator"]).get("/mon-parcours/").content.decode())
    assert 'Accompagnement <span class="nav-count">(1 question sans réponse)</span>' in html
    html = unescape(as_user(world["other_facilitator"]).get("/mon-parcours/").content.decode())
    assert "Accompagnement</a>" in html


def test_menu_counts_are_one_query(world):
    for role in ("learner_a", "mentor", "facilitator", "admin"):
        user = world[role]
        user = type(user).objects.get(pk=user.pk)
        from accounts.roles import is_facilitator
        from mentoring.permissions import group_names

        group_names(user), is_facilitator(user)  # read once per request anyway
        with CaptureQueriesContext(connection) as queries:
            selectors.nav_counts(user)
        assert len(queries) == 1, (role, [q["sql"] for q in queries])


def test_email_only_for_people_who_asked_and_gave_an_address(
    world, django_capture_on_commit_callbacks
):
    a, mentor, facilitator = world["learner_a"], world["mentor"], world["facilitator"]
    mentor.email, mentor.notify_by_email = "sophie@example.org", True
    mentor.save()
    facilitator.email = "camille@example.org"  # an address, but no request for e-mails
    facilitator.save()
    a.notify_by_email = True  # asked, but no address
    a.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(author=a, thread=world["thread_a"], text="Secret : 1234")
    assert [m.to for m in mail.outbox] == [["sophie@example.org"]]
    sent = mail.outbox[0]
    assert "Marie a écrit au sujet de la leçon « Envoyer un e-mail »" in sent.body
    assert f"/questions/{world['thread_a'].pk}/" in sent.body
    assert "Secret" not in sent.body  # never the text itself
    mail.outbox.clear()
    a.email = "marie@example.org"
    a.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(author=mentor, thread=world["thread_a"], text="Voilà")
    assert [m.to for m in mail.outbox] == [["marie@example.org"]]
    assert "une réponse à votre question" in mail.outbox[0].subject


def test_nothing_is_sent_when_the_write_fails(world, django_capture_on_commit_callbacks):
    mentor = world["mentor"]
    mentor.email, mentor.notify_by_email = "sophie@example.org", True
    mentor.save()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError),
    ):
        services.message_post(author=world["learner_a"], thread=world["thread_a"], text="")
    assert mail.outbox == []


def test_the_account_page_sets_the_preference(people, as_user):
    client = as_user(people["learner_a"])
    response = client.post("/mon-compte/", {"email": "", "notify_by_email": "on"})
    assert response.status_code == 200
    assert "écrivez votre adresse" in unescape(response.content.decode())
    response = client.post("/mon-compte/", {"email": "pas-une-adresse", "notify_by_email": "on"})
    assert "Cette adresse e-mail n'est pas complète" in unescape(response.content.decode())
    client.cookies["pasapas_language"] = "en"
    response = client.post("/mon-compte/", {"email": "pas-une-adresse", "notify_by_email": "on"})
    html = unescape(response.content.decode())
    assert "This email address is not complete." in html and "pas complète" not in html
    client.cookies["pasapas_language"] = "fr"
    people["learner_a"].refresh_from_db()
    assert not people["learner_a"].notify_by_email
    # A new address asks for the card's code, and is used once its link is opened.
    response = client.post(
        "/mon-compte/",
        {"email": "marie@example.org", "notify_by_email": "on", "secret": people["code_a"]},
    )
    assert response.status_code == 302
    people["learner_a"].refresh_from_db()
    assert people["learner_a"].notify_by_email and people["learner_a"].email == ""
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    assert client.post(link).status_code == 302
    people["learner_a"].refresh_from_db()
    assert people["learner_a"].email == "marie@example.org"


def test_a_proposal_is_mailed_to_a_learner_who_asked(people, django_capture_on_commit_callbacks):
    a = people["learner_a"]
    a.email, a.notify_by_email = "marie@example.org", True
    a.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.pairing_propose(by=people["facilitator"], mentor=people["mentor"], learner=a)
    assert len(mail.outbox) == 1 and "/mon-ange-gardien/" in mail.outbox[0].body


def test_nothing_is_sent_without_a_mail_server(world, settings, django_capture_on_commit_callbacks):
    settings.MENTORING_EMAIL_ENABLED = False
    mentor = world["mentor"]
    mentor.email, mentor.notify_by_email = "sophie@example.org", True
    mentor.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(author=world["learner_a"], thread=world["thread_a"], text="Allô")
    assert mail.outbox == []
