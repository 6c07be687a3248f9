"""Rooms in the admin: a facilitator sees and changes the rooms of their own centre only
(issue 18, finding 2), through every view of the snippet, not only its list."""

import pytest

from workshops.models import Room

BASE = "/admin/snippets/workshops/room"


@pytest.fixture
def rooms(people):
    return {
        "mine": Room.objects.create(centre=people["other_centre"], name="Salle B", computers=6),
        "theirs": Room.objects.create(centre=people["centre"], name="Espace Atelier", computers=8),
    }


def refused(response):
    """A 404, or Wagtail's « no permission » (back to the dashboard with a message)."""
    return response.status_code == 404 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def as_user(client, user):
    client.force_login(user)
    return client


def test_another_centres_room_cannot_be_edited(client, people, rooms):
    theirs = rooms["theirs"]
    client = as_user(client, people["other_facilitator"])
    assert client.get(f"{BASE}/edit/{theirs.pk}/").status_code == 404
    data = {"centre": people["other_centre"].pk, "name": "Volée", "computers": 2}
    response = client.post(f"{BASE}/edit/{theirs.pk}/", data)
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert (theirs.name, theirs.centre_id, theirs.computers) == (
        "Espace Atelier",
        people["centre"].pk,
        8,
    )


@pytest.mark.parametrize("view", ["delete", "history", "usage", "copy"])
def test_no_other_view_of_the_snippet_reaches_another_centres_room(client, people, rooms, view):
    theirs = rooms["theirs"]
    client = as_user(client, people["other_facilitator"])
    assert refused(client.get(f"{BASE}/{view}/{theirs.pk}/"))
    data = {"centre": people["other_centre"].pk, "name": "Copie", "computers": 1}
    assert refused(client.post(f"{BASE}/{view}/{theirs.pk}/", data))
    assert Room.objects.filter(centre=people["centre"]).count() == 1
    assert Room.objects.count() == 2


def test_a_room_cannot_be_added_to_another_centre(client, people, rooms):
    client = as_user(client, people["other_facilitator"])
    form = client.get(f"{BASE}/add/").content.decode()
    assert "Espace Numérique" not in form  # the other centre is not even a choice
    data = {"centre": people["centre"].pk, "name": "Intruse", "computers": 3}
    response = client.post(f"{BASE}/add/", data)
    assert response.status_code == 200  # the form again, with its error
    assert not Room.objects.filter(name="Intruse").exists()


def test_a_facilitator_still_runs_their_own_rooms(client, people, rooms):
    mine = rooms["mine"]
    client = as_user(client, people["other_facilitator"])
    assert client.get(f"{BASE}/edit/{mine.pk}/").status_code == 200
    data = {"centre": people["other_centre"].pk, "name": "Salle Bleue", "computers": 7}
    assert client.post(f"{BASE}/edit/{mine.pk}/", data).status_code == 302
    mine.refresh_from_db()
    assert (mine.name, mine.computers) == ("Salle Bleue", 7)
    data = {"centre": people["other_centre"].pk, "name": "Salle Verte", "computers": 4}
    assert client.post(f"{BASE}/add/", data).status_code == 302
    assert Room.objects.get(name="Salle Verte").centre == people["other_centre"]
    listing = client.get(f"{BASE}/").content.decode()
    assert "Salle Bleue" in listing and "Espace Atelier" not in listing


def test_the_room_chooser_offers_only_the_centres_rooms(client, people, rooms):
    client = as_user(client, people["other_facilitator"])
    chooser = client.get("/admin/snippets/choose/workshops/room/").content.decode()
    assert "Salle B" in chooser and "Espace Atelier" not in chooser
    chosen = client.get(f"/admin/snippets/choose/workshops/room/chosen/{rooms['theirs'].pk}/")
    assert chosen.status_code == 404


def test_site_history_keeps_another_centres_edits_to_itself(client, people, rooms):
    theirs = rooms["theirs"]
    people["facilitator"].first_name = "Camille"
    people["facilitator"].save()
    data = {"centre": people["centre"].pk, "name": "Atelier du fond", "computers": 8}
    assert (
        as_user(client, people["facilitator"]).post(f"{BASE}/edit/{theirs.pk}/", data).status_code
        == 302
    )
    client.logout()
    client = as_user(client, people["other_facilitator"])
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/?export=csv"):
        response = client.get(url)
        assert response.status_code == 200
        text = b"".join(response).decode() if response.streaming else response.content.decode()
        assert "Atelier du fond" not in text and "Camille" not in text, url
    client.logout()
    own = as_user(client, people["facilitator"]).get("/admin/reports/site-history/")
    assert "Atelier du fond" in own.content.decode()


def test_a_room_cannot_be_given_away_to_another_centre(client, people, rooms):
    mine = rooms["mine"]
    client = as_user(client, people["other_facilitator"])
    data = {"centre": people["centre"].pk, "name": "Donnée", "computers": 8}
    response = client.post(f"{BASE}/edit/{mine.pk}/", data)
    assert response.status_code == 200  # the form again: that centre is not a choice
    mine.refresh_from_db()
    assert (mine.name, mine.centre_id) == ("Salle B", people["other_centre"].pk)
