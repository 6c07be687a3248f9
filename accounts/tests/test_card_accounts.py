"""Accounts that sign in with a card stay card-only (issue 18, finding 3): a session left open
on a shared PC cannot set an address and reset the account, idle sessions end, and one button
ends every session."""

import re
import time
from datetime import timedelta
from html import unescape

import pytest
from django.contrib.auth.forms import PasswordResetForm
from django.core import mail, signing
from django.test import Client

from accounts.middleware import IDLE_KEY, SEEN_KEY
from accounts.services import EMAIL_CONFIRM_SALT

ATTACKER = "voleur@example.org"


@pytest.fixture(autouse=True)
def mail_enabled(settings):
    settings.MENTORING_EMAIL_ENABLED = True


def signed_in(username, code, ip="10.0.0.1", **extra):
    client = Client()
    response = client.post(
        "/connexion/", {"username": username, "password": code, **extra}, REMOTE_ADDR=ip
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def confirm_link(message):
    return re.search(r"https?://\S+", message.body).group(0)


# --- finding 3: a borrowed session, an e-mail address, a password reset ------------------------


def test_borrowed_session_cannot_take_the_account_over(people):
    learner = people["learner_a"]
    borrowed = signed_in(learner.username, people["code_a"])
    # 1. Set the attacker's address without the code: refused, nothing stored, nothing sent.
    response = borrowed.post("/mon-compte/", {"email": ATTACKER})
    assert response.status_code == 200
    assert "écrivez aussi votre code" in unescape(response.content.decode())
    learner.refresh_from_db()
    assert learner.email == "" and learner.pending_email == "" and mail.outbox == []
    # 2. Guessing the code there counts towards the sign-in lock.
    for _ in range(6):
        response = borrowed.post("/mon-compte/", {"email": ATTACKER, "secret": "zzzzzzzz"})
    assert response.status_code == 429
    learner.refresh_from_db()
    assert learner.pending_email == ""
    # 3. The admin's password reset sends nothing to that address.
    borrowed.post("/admin/password_reset/", {"email": ATTACKER})
    assert mail.outbox == []
    # The printed code still works.
    signed_in(learner.username, people["code_a"], ip="10.0.0.2")


def test_no_password_reset_for_card_holders_whatever_address_is_set(people):
    learner, mentor, facilitator = people["learner_a"], people["mentor"], people["facilitator"]
    for person, address in [(learner, "marie@example.org"), (mentor, "sophie@example.org")]:
        person.email = address
        person.save()
        # Wagtail's form (the admin's page) and Django's own form.
        Client().post("/admin/password_reset/", {"email": address})
        form = PasswordResetForm({"email": address})
        assert form.is_valid()
        form.save(domain_override="testserver")
        assert mail.outbox == [], person
    # Staff keep password reset.
    facilitator.email = "camille@example.org"
    facilitator.save()
    Client().post("/admin/password_reset/", {"email": "camille@example.org"})
    assert [message.to for message in mail.outbox] == [["camille@example.org"]]


def test_an_address_is_used_only_once_confirmed(people):
    learner = people["learner_a"]
    client = signed_in(learner.username, people["code_a"])
    response = client.post(
        "/mon-compte/",
        {"email": "marie@example.org", "secret": people["code_a"].upper(), "notify_by_email": "on"},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.email == "" and learner.pending_email == "marie@example.org"
    assert [message.to for message in mail.outbox] == [["marie@example.org"]]
    link = confirm_link(mail.outbox[0])
    # Opening the link (a mail scanner does) shows a button; it does not confirm.
    assert Client().get(link).status_code == 200
    learner.refresh_from_db()
    assert learner.email == ""
    # The button confirms, even from another device; the link then stops working.
    assert Client().post(link).status_code == 302
    learner.refresh_from_db()
    assert learner.email == "marie@example.org" and learner.pending_email == ""
    assert Client().post(link).status_code == 400


def test_changing_the_address_keeps_the_old_one_until_the_new_is_confirmed(people):
    learner = people["learner_a"]
    learner.email = "marie@example.org"
    learner.save()
    client = signed_in(learner.username, people["code_a"])
    client.post("/mon-compte/", {"email": "marie2@example.org", "secret": people["code_a"]})
    first_link = confirm_link(mail.outbox[-1])
    client.post("/mon-compte/", {"email": "marie3@example.org", "secret": people["code_a"]})
    learner.refresh_from_db()
    assert learner.email == "marie@example.org" and learner.pending_email == "marie3@example.org"
    # The earlier link no longer swaps its address in.
    assert Client().post(first_link).status_code == 400
    learner.refresh_from_db()
    assert learner.email == "marie@example.org"


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "x" * 3000,
        signing.dumps({"u": 1, "e": ATTACKER}, salt="another-salt"),
    ],
    ids=["garbage", "too-long", "other-salt"],  # the same on every parallel worker
)
def test_forged_or_wrong_links_are_refused(people, token):
    response = Client().post(f"/mon-compte/adresse/{token}/")
    assert response.status_code == 400
    assert "ne marche plus" in unescape(response.content.decode())


def test_a_link_made_for_someone_else_or_too_old_is_refused(people, settings):
    learner = people["learner_a"]
    learner.pending_email = "marie@example.org"
    learner.save()
    other = signing.dumps(
        {"u": people["learner_b"].pk, "e": "marie@example.org"}, salt=EMAIL_CONFIRM_SALT
    )
    assert Client().post(f"/mon-compte/adresse/{other}/").status_code == 400
    token = signing.dumps({"u": learner.pk, "e": "marie@example.org"}, salt=EMAIL_CONFIRM_SALT)
    settings.EMAIL_CONFIRM_MAX_AGE = timedelta(seconds=-1)
    assert Client().post(f"/mon-compte/adresse/{token}/").status_code == 400
    learner.refresh_from_db()
    assert learner.email == ""


def test_without_a_mail_server_no_address_can_be_added(people, settings):
    settings.MENTORING_EMAIL_ENABLED = False
    client = signed_in(people["learner_a"].username, people["code_a"])
    response = client.post(
        "/mon-compte/", {"email": "marie@example.org", "secret": people["code_a"]}
    )
    assert response.status_code == 200
    assert "n'envoie pas d'e-mails" in unescape(response.content.decode())
    people["learner_a"].refresh_from_db()
    assert people["learner_a"].pending_email == ""


def test_removing_the_address_needs_no_code(people):
    learner = people["learner_a"]
    learner.email, learner.notify_by_email = "marie@example.org", True
    learner.save()
    client = signed_in(learner.username, people["code_a"])
    assert client.post("/mon-compte/", {"email": ""}).status_code == 302
    learner.refresh_from_db()
    assert learner.email == "" and not learner.notify_by_email


def test_staff_give_their_password_for_a_new_address(people):
    client = Client()
    client.force_login(people["facilitator"])
    html = client.get("/mon-compte/").content.decode()
    assert "Mon mot de passe" in html
    refused = client.post("/mon-compte/", {"email": "c@example.org", "secret": "wrong"})
    assert refused.status_code == 200 and mail.outbox == []
    ok = client.post("/mon-compte/", {"email": "c@example.org", "secret": "camille-pass-123"})
    assert ok.status_code == 302 and len(mail.outbox) == 1


# --- shared PCs: idle sessions end ------------------------------------------------------------


def age_session(client, seconds):
    session = client.session
    session[SEEN_KEY] = int(time.time()) - seconds
    session.save()


def test_an_idle_learner_session_ends_on_a_shared_pc(people):
    client = signed_in(people["learner_a"].username, people["code_a"])
    assert client.session[IDLE_KEY] is True
    assert client.session.get_expire_at_browser_close()
    age_session(client, 2 * 60 * 60 - 60)
    assert client.get("/mon-compte/").status_code == 200  # still within the 2 hours
    age_session(client, 2 * 60 * 60 + 1)
    response = client.get("/mon-compte/")
    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "_auth_user_id" not in client.session
    followed = client.get(response["Location"])
    assert "Vous avez été déconnecté" in unescape(followed.content.decode())


def test_the_idle_time_is_a_setting(people, settings):
    settings.CARD_SESSION_IDLE_TIMEOUT = timedelta(minutes=30)
    client = signed_in(people["learner_a"].username, people["code_a"])
    assert "30 minutes" in Client().get("/connexion/").content.decode()
    age_session(client, 31 * 60)
    assert client.get("/mon-compte/").status_code == 302


def test_activity_keeps_the_session_alive(people):
    client = signed_in(people["learner_a"].username, people["code_a"])
    age_session(client, 90 * 60)
    assert client.get("/mon-compte/").status_code == 200  # this request counts as use
    assert int(time.time()) - client.session[SEEN_KEY] < 5


def test_at_home_the_learner_stays_signed_in(people):
    client = signed_in(people["learner_a"].username, people["code_a"], personal_computer="on")
    assert client.session[IDLE_KEY] is False
    assert not client.session.get_expire_at_browser_close()
    age_session(client, 10 * 24 * 60 * 60)
    assert client.get("/mon-compte/").status_code == 200


def test_sessions_from_elsewhere_get_the_rule_too(people):
    """Signed in through another page (the admin's, or before this rule): still card-only."""
    client = Client()
    client.force_login(people["learner_a"])
    client.get("/mon-compte/")
    assert client.session[IDLE_KEY] is True
    age_session(client, 3 * 60 * 60)
    assert client.get("/mon-compte/").status_code == 302


def test_staff_sessions_keep_their_length(people):
    client = Client()
    client.force_login(people["facilitator"])
    client.get("/mon-compte/")
    assert client.session[IDLE_KEY] is False
    age_session(client, 24 * 60 * 60)
    assert client.get("/mon-compte/").status_code == 200


# --- « Se déconnecter de partout » -----------------------------------------------------------


def test_sign_out_everywhere_ends_every_session_of_that_person(people):
    learner = people["learner_a"]
    at_home = signed_in(learner.username, people["code_a"], personal_computer="on")
    at_the_centre = signed_in(learner.username, people["code_a"], ip="10.0.0.2")
    someone_else = signed_in(people["learner_b"].username, people["code_b"])
    assert at_the_centre.get("/mon-compte/").status_code == 200
    # A GET (a link, a prefetch) does nothing.
    assert at_home.get("/mon-compte/deconnexion-partout/").status_code == 405
    response = at_home.post("/mon-compte/deconnexion-partout/")
    assert response.status_code == 302 and response["Clear-Site-Data"]
    assert at_home.get("/mon-compte/").status_code == 302
    assert at_the_centre.get("/mon-compte/").status_code == 302
    assert someone_else.get("/mon-compte/").status_code == 200
    # The card still works, and the new session is not ended by the old button press.
    again = signed_in(learner.username, people["code_a"])
    assert again.get("/mon-compte/").status_code == 200


def test_a_facilitator_who_is_also_a_mentor_keeps_password_reset(people):
    from accounts.roles import MENTORS, ensure_roles

    facilitator = people["facilitator"]
    facilitator.groups.add(ensure_roles()[MENTORS])
    facilitator.email = "camille@example.org"
    facilitator.save()
    Client().post("/admin/password_reset/", {"email": "camille@example.org"})
    assert len(mail.outbox) == 1
    # Their password is a password: typed as is, not loosened like a card's code.
    assert (
        Client()
        .post("/connexion/", {"username": "camille", "password": "CAMILLE-pass-123"})
        .status_code
        == 200
    )
    assert (
        Client()
        .post("/connexion/", {"username": "camille", "password": "camille-pass-123"})
        .status_code
        == 302
    )


# --- One language per page: the English is in the catalogue, not after the French -------------


def speaking(client, language):
    client.cookies["pasapas_language"] = language
    return client


@pytest.mark.parametrize(
    ("language", "shown", "absent"),
    [
        ("fr", "Déconnexion faite partout", "Signed out"),
        ("en", "You are signed out everywhere", "déconnecté partout"),
    ],
)
def test_sign_out_everywhere_is_said_in_the_page_language_only(people, language, shown, absent):
    client = speaking(signed_in(people["learner_a"].username, people["code_a"]), language)
    page = client.post("/mon-compte/deconnexion-partout/", follow=True)
    html = unescape(page.content.decode())
    assert shown in html and absent not in html


@pytest.mark.parametrize(
    ("language", "shown", "absent"),
    [
        ("fr", "écrivez aussi votre code d'accès.", "access code is needed"),
        ("en", "Your access code is needed to add or change an address.", "écrivez aussi"),
    ],
)
def test_the_missing_code_is_said_in_the_page_language_only(people, language, shown, absent):
    client = speaking(signed_in(people["learner_a"].username, people["code_a"]), language)
    html = unescape(client.post("/mon-compte/", {"email": ATTACKER}).content.decode())
    assert shown in html and absent not in html


@pytest.mark.parametrize(
    ("language", "shown", "absent"),
    [
        ("fr", "Reconnectez-vous avec votre carte.", "Signed out after"),
        ("en", "Sign in again with your card.", "Reconnectez-vous"),
    ],
)
def test_the_idle_sign_out_is_said_in_the_page_language_only(people, language, shown, absent):
    client = speaking(signed_in(people["learner_a"].username, people["code_a"]), language)
    age_session(client, 2 * 60 * 60 + 1)
    html = unescape(client.get("/mon-compte/", follow=True).content.decode())
    assert shown in html and absent not in html
