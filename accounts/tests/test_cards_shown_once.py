"""Access codes are shown once (issue 18, finding 8): kept readable in the facilitator's
session only while printing needs them, never for the session's 30 days."""

import time

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from accounts.new_cards import KEY


@pytest.fixture
def facilitator_client(people):
    client = Client()
    client.force_login(people["facilitator"])
    return client


def make_cards(client, names="Lucie\nRené"):
    response = client.post("/animation/apprenants/ajouter/", {"first_names": names})
    assert response.status_code == 302


def stored_sessions_text():
    return " ".join(str(session.get_decoded()) for session in Session.objects.all())


def test_cards_are_printable_right_after_and_the_page_is_not_cached(facilitator_client):
    make_cards(facilitator_client)
    response = facilitator_client.get("/cartes/")
    html = response.content.decode()
    assert html.count('class="access-card"') == 2
    assert "no-store" in response["Cache-Control"]


def test_codes_are_gone_after_the_printing_time_even_without_coming_back(facilitator_client):
    make_cards(facilitator_client)
    code = facilitator_client.session[KEY]["cards"][0]["code"]
    assert code in stored_sessions_text()
    session = facilitator_client.session
    session[KEY]["until"] = time.time() - 1
    session.save()
    # Any page of the site, not only the cards page, drops them from the stored session.
    facilitator_client.get("/animation/apprenants/")
    assert code not in stored_sessions_text()
    assert 'class="access-card"' not in facilitator_client.get("/cartes/").content.decode()


def test_the_printing_time_is_short(facilitator_client, settings):
    make_cards(facilitator_client)
    left = facilitator_client.session[KEY]["until"] - time.time()
    assert 0 < left <= settings.ACCESS_CARDS_TTL.total_seconds() <= 30 * 60


def test_printed_clears_the_codes(facilitator_client):
    make_cards(facilitator_client)
    assert facilitator_client.get("/cartes/effacer/").status_code == 405
    response = facilitator_client.post("/cartes/effacer/")
    assert response.status_code == 302
    assert KEY not in facilitator_client.session
    assert 'class="access-card"' not in facilitator_client.get("/cartes/").content.decode()


def test_a_new_code_is_not_kept_either(people, facilitator_client):
    learner = people["learner_a"]
    facilitator_client.post(f"/animation/apprenants/{learner.pk}/nouveau-code/")
    code = facilitator_client.session[KEY]["cards"][0]["code"]
    facilitator_client.post("/deconnexion/")
    assert code not in stored_sessions_text()


def test_cards_lists_of_earlier_versions_are_dropped(facilitator_client):
    session = facilitator_client.session
    session[KEY] = [{"first_name": "Old", "username": "old12", "code": "abcdefgh"}]
    session.save()
    assert 'class="access-card"' not in facilitator_client.get("/cartes/").content.decode()
    assert "abcdefgh" not in stored_sessions_text()
