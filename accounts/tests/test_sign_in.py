"""Signing in with an access card: forgiving typing, strict guessing limits."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from accounts.access_codes import ALPHABET, CODE_LENGTH, format_code, generate_code
from accounts.services import learner_reset_code


def sign_in(client, username, code, ip="10.0.0.1"):
    return client.post("/connexion/", {"username": username, "password": code}, REMOTE_ADDR=ip)


def test_codes_are_long_random_and_unambiguous():
    codes = {generate_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(len(code) == CODE_LENGTH and set(code) <= set(ALPHABET) for code in codes)
    assert not set("01ilo") & set(ALPHABET)


def test_learner_signs_in_with_the_card_even_typed_loosely(client, people):
    learner = people["learner_a"]
    typed = format_code(people["code_a"]).upper().replace(" ", " - ")
    response = sign_in(client, learner.username.upper(), typed)
    assert response.status_code == 302
    assert client.get("/mon-compte/").context["user"] == learner


def test_qr_code_address_fills_in_the_username(client, people):
    html = client.get(f"/connexion/?u={people['learner_a'].username}").content.decode()
    assert f'value="{people["learner_a"].username}"' in html


def test_wrong_code_is_refused_with_a_plain_message(client, people):
    response = sign_in(client, people["learner_a"].username, "zzzzzzzz")
    assert response.status_code == 200
    assert "ne correspond pas" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Told to screen readers: the title, a summary that takes the focus, both fields invalid
    # and described by the message.
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.get_text().startswith("Erreur : Se connecter")
    summary = soup.find(id="form-errors")
    assert summary.has_attr("autofocus") and summary["tabindex"] == "-1"
    assert "ne correspond pas" in summary.get_text()
    for name in ("username", "password"):
        field = soup.find("input", attrs={"name": name})
        assert field["aria-invalid"] == "true" and field["aria-describedby"] == "form-errors-list"


@pytest.mark.django_db
def test_a_right_sign_in_form_has_no_error_marks(client):
    soup = BeautifulSoup(client.get("/connexion/").content, "html.parser")
    assert soup.title.get_text().startswith("Se connecter")
    assert soup.find(id="form-errors") is None and soup.find(attrs={"aria-invalid": True}) is None


def test_ten_wrong_codes_lock_only_that_person_at_that_address(people):
    attacker = Client()
    for _ in range(10):
        response = sign_in(attacker, people["learner_a"].username, "zzzzzzzz")
    assert response.status_code == 429
    assert "Trop d'essais" in response.content.decode()
    # Even the right code is refused while locked, from that address.
    assert sign_in(Client(), people["learner_a"].username, people["code_a"]).status_code == 429
    # The rest of the room, behind the same address, goes on.
    assert sign_in(Client(), people["learner_b"].username, people["code_b"]).status_code == 302
    # The same person on another machine (home) goes on too.
    other = sign_in(Client(), people["learner_a"].username, people["code_a"], ip="10.0.0.2")
    assert other.status_code == 302


def test_new_code_from_the_facilitator_lifts_the_lock(people):
    for _ in range(6):
        sign_in(Client(), people["learner_a"].username, "zzzzzzzz")
    new_code = learner_reset_code(learner=people["learner_a"])
    assert sign_in(Client(), people["learner_a"].username, people["code_a"]).status_code == 200
    assert sign_in(Client(), people["learner_a"].username, new_code).status_code == 302


def test_disabled_account_is_told_so(client, people):
    learner = people["learner_a"]
    learner.is_active = False
    learner.save()
    response = sign_in(client, learner.username, people["code_a"])
    assert response.status_code == 200
    assert "désactivé" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_staff_passwords_are_not_reshaped(client, people):
    # Codes forgive dashes; a facilitator's password keeps them.
    assert sign_in(client, "camille", "camille-pass-123").status_code == 302


@pytest.mark.parametrize(
    "data",
    [
        {"username": "x" * 100_000, "password": "abc"},
        {"username": "marie", "password": "y" * 100_000},
        {"username": "", "password": ""},
        {"username": "<script>", "password": "'; DROP TABLE"},
    ],
)
def test_malformed_sign_in_is_refused_calmly(client, people, data):
    response = client.post("/connexion/", data, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "<script>" not in response.content.decode()


def test_sign_in_without_csrf_is_refused(people):
    client = Client(enforce_csrf_checks=True)
    response = sign_in(client, people["learner_a"].username, people["code_a"])
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_sign_out_needs_a_post(client, people):
    client.force_login(people["learner_a"])
    assert client.get("/deconnexion/").status_code == 405
    assert client.post("/deconnexion/").status_code == 302
    assert client.get("/mon-compte/").status_code == 302
