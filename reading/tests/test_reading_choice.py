"""The reading bar: the choice shows from the server's first answer, survives a reload and a
sign-in, follows the account, and bad input changes nothing."""

import pytest
from django.test import Client

from accounts.privacy import erase_user, export_user_data
from reading.choice import COOKIE, ReadingChoice
from reading.models import ReadingPreference
from reading.services import reading_preference_save
from tests.languages import french_only

LARGE = {"size": "3", "contrast": "1", "spacing": "1", "next": "/glossaire/"}


def sign_in(client, people, name="learner_a", code="code_a"):
    response = client.post(
        "/connexion/", {"username": people[name].username, "password": people[code]}
    )
    assert response.status_code == 302
    return response


def html_tag(client, path="/glossaire/"):
    content = client.get(path).content.decode()
    return content[content.index("<html") : content.index(">", content.index("<html")) + 1]


@pytest.mark.parametrize("value", ["", "t9c1e0m0", "t2c1e0m0x", "garbage", "t2c2e0m0"])
def test_a_damaged_cookie_is_the_default_choice(value):
    assert ReadingChoice.from_cookie(value) == ReadingChoice()


def test_cookie_round_trip():
    choice = ReadingChoice(3, True, False, True)
    assert ReadingChoice.from_cookie(choice.to_cookie()) == choice
    assert choice.classes == "text-3 contrast-high motion-less"


def test_the_bar_is_on_every_page_and_works_without_javascript(client, home):
    html = client.get("/glossaire/").content.decode()
    assert 'action="/affichage/"' in html and 'name="size"' in html
    assert '<html lang="fr">' in html
    response = client.post("/affichage/", LARGE)
    assert response.status_code == 302 and response["Location"] == "/glossaire/"
    assert response.cookies[COOKIE].value == "t3c1e1m0"
    # The reload: the classes are in the first answer, before any script runs.
    assert html_tag(client) == '<html lang="fr" class="text-3 contrast-high spacing-wide">'
    assert 'name="size" value="3" checked' in client.get("/glossaire/").content.decode()


def test_a_script_gets_json_and_the_same_cookie(client, home):
    response = client.post("/affichage/", {"size": "2"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {"classes": "text-2"}
    assert response.cookies[COOKIE].value == "t2c0e0m0"


def test_another_site_is_never_the_way_back(client, home):
    response = client.post("/affichage/", {**LARGE, "next": "https://example.org/"})
    assert response["Location"] == "/"


@pytest.mark.parametrize("data", [{}, {"size": "7"}, {"size": "grand"}])
def test_bad_input_is_refused_plainly_and_nothing_changes(client, people, data):
    sign_in(client, people)
    reading_preference_save(user=people["learner_a"], choice=ReadingChoice(2))
    client.cookies[COOKIE] = "t2c0e0m0"
    response = client.post("/affichage/", data)
    assert response.status_code == 400
    text = response.content.decode()
    assert "taille de texte" in text and french_only(text)
    assert COOKIE not in response.cookies
    assert ReadingPreference.objects.get(user=people["learner_a"]).choice == ReadingChoice(2)
    api = client.post("/affichage/", data, HTTP_ACCEPT="application/json")
    assert api.status_code == 400 and "taille de texte" in api.json()["error"]
    assert french_only(api.json()["error"])


def test_only_post(client, home):
    assert client.get("/affichage/").status_code == 405


def test_signed_in_the_choice_is_kept_with_the_account(client, people):
    sign_in(client, people)
    client.post("/affichage/", LARGE)
    saved = ReadingPreference.objects.get(user=people["learner_a"])
    assert saved.choice == ReadingChoice(3, True, True, False)


def test_a_choice_made_before_signing_in_survives_the_sign_in(client, people):
    client.post("/affichage/", LARGE)
    sign_in(client, people)
    assert html_tag(client).endswith('class="text-3 contrast-high spacing-wide">')
    # The account never chose: it takes this device's choice.
    assert ReadingPreference.objects.get(user=people["learner_a"]).text_size == 3


def test_the_account_choice_follows_the_learner_to_another_device(people):
    reading_preference_save(user=people["learner_a"], choice=ReadingChoice(2, contrast=True))
    home_laptop = Client()
    home_laptop.cookies[COOKIE] = "t1c0e0m0"
    response = sign_in(home_laptop, people)
    assert response.cookies[COOKIE].value == "t2c1e0m0"
    assert html_tag(home_laptop).endswith('class="text-2 contrast-high">')
    # Signing out keeps the device's choice: it is not personal data on the page.
    home_laptop.post("/deconnexion/")
    assert html_tag(home_laptop).endswith('class="text-2 contrast-high">')


def test_the_choice_costs_no_query(client, people, django_assert_num_queries):
    client.get("/glossaire/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as plain:
        client.get("/glossaire/")
    client.cookies[COOKIE] = "t3c1e1m1"
    with django_assert_num_queries(len(plain)):
        client.get("/glossaire/")


def test_export_and_erasure(people):
    learner = people["learner_a"]
    reading_preference_save(user=learner, choice=ReadingChoice(3))
    assert export_user_data(learner)["reading.ReadingPreference"][0]["text_size"] == 3
    erase_user(learner)
    assert not ReadingPreference.objects.filter(user=learner).exists()
