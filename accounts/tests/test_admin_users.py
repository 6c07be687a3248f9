"""The Wagtail admin: centres, and the centre of each person."""

from django.contrib.auth import get_user_model
from django.urls import reverse


def test_admin_sets_a_persons_centre(client, people):
    client.force_login(people["admin"])
    user = people["mentor"]
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    html = client.get(url).content.decode()
    assert 'name="centre"' in html and 'name="display_name"' in html
    response = client.post(
        url,
        {
            "username": user.username,
            "email": "",
            "first_name": "Ange",
            "last_name": "",
            "display_name": "Ange gardien",
            "centre": people["other_centre"].pk,
            "is_active": "on",
            "groups": [group.pk for group in user.groups.all()],
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    user.refresh_from_db()
    assert user.centre == people["other_centre"] and user.display_name == "Ange gardien"


def test_unknown_centre_is_refused(client, people):
    client.force_login(people["admin"])
    user = people["mentor"]
    response = client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {"username": user.username, "centre": 999_999, "is_active": "on"},
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.centre == people["centre"]


def test_facilitator_finds_the_learner_pages_from_the_admin_menu(client, people):
    client.force_login(people["facilitator"])
    html = client.get("/admin/").content.decode()
    assert reverse("accounts:learner_list") in html
    client.force_login(people["other_facilitator"])
    assert client.get("/animation/apprenants/").status_code == 200


def test_centres_are_managed_by_admins_only(client, people):
    url = reverse("wagtailsnippets_accounts_centre:list")
    client.force_login(people["admin"])
    assert client.get(url).status_code == 200
    client.force_login(people["facilitator"])
    assert client.get(url).status_code in {302, 403}
    assert get_user_model().objects.filter(username="camille").exists()
