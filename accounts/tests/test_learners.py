"""Facilitators create learner accounts and print access cards; sign-up when allowed."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from accounts.models import SignupSettings
from accounts.roles import LEARNERS

NAMES = ["Martine", "Jean-Pierre", "Fatima", "Josiane", "René", "Li", "Anne Sophie", "Gisèle"]


@pytest.fixture
def facilitator_client(client, people):
    client.force_login(people["facilitator"])
    return client


def test_facilitator_creates_a_group_of_eight_and_gets_their_cards(facilitator_client, people):
    response = facilitator_client.post(
        "/animation/apprenants/ajouter/", {"first_names": "\n".join(NAMES)}
    )
    assert response.status_code == 302 and response["Location"] == "/cartes/"
    created = get_user_model().objects.filter(first_name__in=NAMES)
    assert created.count() == 8
    assert all(user.centre == people["centre"] for user in created)
    assert all(user.groups.filter(name=LEARNERS).exists() for user in created)
    assert not any(user.email for user in created)
    html = facilitator_client.get("/cartes/").content.decode()
    assert html.count('class="access-card"') == 8
    assert html.count("<svg") >= 8
    assert "René" in html and "Anne Sophie" in html
    # The printed code opens the account.
    codes = re.findall(r'access-card__value">([a-z0-9]{4} [a-z0-9]{4})<', html)
    usernames = re.findall(r'access-card__value">([a-z]+\d\d)<', html)
    assert len(codes) == len(usernames) == 8
    from django.test import Client

    learner_client = Client()
    response = learner_client.post(
        "/connexion/", {"username": usernames[0], "password": codes[0]}, REMOTE_ADDR="10.1.1.1"
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ("", "au moins un prénom"),
        ("   \n  \n", "au moins un prénom"),
        ("\n".join(f"Marie{n}" for n in range(3)), "n&#x27;est pas un prénom"),
        ("\n".join(["Anne"] * 31), "plus qu&#x27;un groupe"),
        ("<script>alert(1)</script>", "n&#x27;est pas un prénom"),
        ("A" * 100_000, "trop long"),
        ("Marie\n" + "B" * 70, "plus de 60 lettres"),
    ],
)
def test_bad_group_input_is_refused_and_nothing_is_created(
    facilitator_client, people, names, message
):
    before = get_user_model().objects.count()
    response = facilitator_client.post("/animation/apprenants/ajouter/", {"first_names": names})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "<script>alert" not in response.content.decode()
    assert get_user_model().objects.count() == before


def test_learner_list_shows_only_the_centre_s_learners(client, people):
    client.force_login(people["other_facilitator"])
    html = client.get("/animation/apprenants/").content.decode()
    assert people["learner_a"].username not in html
    client.force_login(people["facilitator"])
    html = client.get("/animation/apprenants/").content.decode()
    assert people["learner_a"].username in html and people["learner_b"].username in html


def test_new_code_gives_a_new_card(facilitator_client, people):
    learner = people["learner_a"]
    response = facilitator_client.post(f"/animation/apprenants/{learner.pk}/nouveau-code/")
    assert response.status_code == 302
    html = facilitator_client.get("/cartes/").content.decode()
    assert learner.username in html
    learner.refresh_from_db()
    assert not learner.check_password(people["code_a"])


def test_facilitator_without_centre_is_told_why(client, people):
    facilitator = people["facilitator"]
    facilitator.centre = None
    facilitator.save()
    client.force_login(facilitator)
    response = client.get("/animation/apprenants/ajouter/", follow=True)
    assert "aucun centre" in response.content.decode()


def test_self_signup_is_closed_by_default(client, people):
    assert client.get("/inscription/").status_code == 404
    assert client.post("/inscription/", {"first_name": "Paul"}).status_code == 404
    assert not get_user_model().objects.filter(first_name="Paul").exists()


def test_self_signup_when_the_centre_allows_it(client, people):
    settings = SignupSettings.for_site(Site.objects.get(is_default_site=True))
    settings.self_signup_centre = people["centre"]
    settings.save()
    assert "Créer mon compte moi-même" in client.get("/connexion/").content.decode()
    response = client.post("/inscription/", {"first_name": "Paul"})
    assert response.status_code == 302
    user = get_user_model().objects.get(first_name="Paul")
    assert user.centre == people["centre"] and user.groups.filter(name=LEARNERS).exists()
    assert "access-card" in client.get("/cartes/").content.decode()


@pytest.mark.parametrize("first_name", ["", "1234", "x" * 200, "<b>bold</b>"])
def test_self_signup_bad_input(client, people, first_name):
    settings = SignupSettings.for_site(Site.objects.get(is_default_site=True))
    settings.self_signup_centre = people["centre"]
    settings.save()
    before = get_user_model().objects.count()
    response = client.post("/inscription/", {"first_name": first_name})
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode()
    assert get_user_model().objects.count() == before
