"""The one centre rule (accounts.scope), tried from the side of someone it must keep out, and
the users admin that uses it."""

import pytest
from django.contrib.auth.models import Permission

from accounts import scope
from accounts.models import User
from workshops.models import Room


def test_who_reaches_which_centre(people):
    centre, other = people["centre"], people["other_centre"]
    assert scope.centre_ids(people["admin"]) is scope.EVERY_CENTRE
    assert scope.centre_ids(people["facilitator"]) == {centre.pk}
    assert scope.centre_ids(people["other_facilitator"]) == {other.pk}
    for role in ("learner_a", "mentor"):  # their own records come from narrower rules
        assert scope.centre_ids(people[role]) == frozenset()


def test_nobody_borrows_a_centre(people):
    """A facilitator without a centre, a disabled one, or a visitor reach nothing."""
    from django.contrib.auth.models import AnonymousUser

    drifting = people["facilitator"]
    drifting.centre = None
    assert scope.centre_ids(drifting) == frozenset()
    assert scope.scope(User.objects.all(), drifting).count() == 0
    disabled = people["other_facilitator"]
    disabled.is_active = False
    assert scope.centre_ids(disabled) == frozenset()
    assert scope.centre_ids(AnonymousUser()) == frozenset()
    assert not scope.reaches(AnonymousUser(), people["learner_a"])


def test_scope_and_reaches_agree_along_a_path(people):
    room_a = Room.objects.create(centre=people["centre"], name="A", computers=8)
    room_b = Room.objects.create(centre=people["other_centre"], name="B", computers=8)
    facilitator = people["facilitator"]
    assert list(scope.scope(Room.objects.all(), facilitator)) == [room_a]
    assert scope.reaches(facilitator, room_a) and not scope.reaches(facilitator, room_b)
    # An unsaved object as a form left it is judged by the centre it names.
    assert not scope.reaches(facilitator, Room(centre=people["other_centre"], name="C"))
    assert not scope.reaches(facilitator, Room(name="sans centre"))
    # A longer path, and a person without a centre at its end.
    from mentoring.models import Tip

    tip = Tip.objects.create(lesson=people["lessons"][0], mentor=people["mentor"], text="Oui.")
    assert scope.reaches(facilitator, tip)
    assert not scope.reaches(people["other_facilitator"], tip)
    assert list(scope.scope(Tip.objects.all(), people["other_facilitator"])) == []
    with pytest.raises(LookupError):
        scope.path_of(type(people["lessons"][0]))  # lessons are shared content


@pytest.fixture
def user_manager(people):
    """Centre B's facilitator, given the users admin (as a centre might, for a coordinator)."""
    manager = people["other_facilitator"]
    codenames = ["add_user", "change_user", "delete_user", "view_user"]
    manager.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return User.objects.get(pk=manager.pk)  # no cached permissions


def test_the_users_admin_stays_within_the_centre(client, people, user_manager):
    learner = people["learner_a"]  # centre A
    client.force_login(user_manager)
    listing = client.get("/admin/users/").content.decode()
    assert learner.username not in listing and user_manager.username in listing
    assert client.get(f"/admin/users/edit/{learner.pk}/").status_code == 404
    data = {"username": "volee", "first_name": "Volée", "centre": people["other_centre"].pk}
    assert client.post(f"/admin/users/edit/{learner.pk}/", data).status_code == 404
    assert client.post(f"/admin/users/delete/{learner.pk}/").status_code == 404
    learner.refresh_from_db()
    assert (learner.first_name, learner.centre_id) == ("Marie", people["centre"].pk)
    # Creating a person in centre A from centre B: the choice is not offered, nor accepted.
    form = client.get("/admin/users/new/").content.decode()
    assert people["centre"].name not in form
    new = {
        "username": "intrus",
        "first_name": "Intrus",
        "centre": people["centre"].pk,
        "password1": "un-mot-de-passe-long-42",
        "password2": "un-mot-de-passe-long-42",
    }
    response = client.post("/admin/users/new/", new)
    assert response.status_code == 200
    assert not User.objects.filter(username="intrus").exists()


def test_bulk_actions_refuse_another_centres_people(client, people, user_manager):
    learner = people["learner_a"]
    client.force_login(user_manager)
    for ids in (f"id={learner.pk}", "id=all", f"id={user_manager.pk}&id={learner.pk}", "id=x"):
        address = f"/admin/bulk/accounts/user/set_active_state/?{ids}&next=/admin/users/"
        assert client.get(address).status_code == 404, ids
        assert client.post(address, {"mark_as_active": ""}).status_code == 404, ids
    learner.refresh_from_db()
    assert learner.is_active
    # The person's own centre still works.
    mine = f"/admin/bulk/accounts/user/set_active_state/?id={user_manager.pk}&next=/admin/"
    assert client.get(mine).status_code == 200


def test_deleting_a_centre_with_people_says_so(client, people):
    client.force_login(people["admin"])
    centre = people["centre"]
    response = client.post(f"/admin/snippets/accounts/centre/delete/{centre.pk}/", follow=True)
    assert response.status_code == 200
    assert "Suppression impossible" in response.content.decode()
    assert type(centre).objects.filter(pk=centre.pk).exists()
