"""Mentors and pairings: a facilitator names mentors and proposes pairings within their centre;
the learner accepts, refuses or ends; the mentor sees only who accepted."""

from html import unescape

import pytest

from accounts.roles import LEARNERS, MENTORS
from mentoring import services
from mentoring.models import Pairing


def test_a_facilitator_proposes_and_the_learner_accepts(people, as_user):
    client = as_user(people["facilitator"])
    html = unescape(client.get("/animation/accompagnement/").content.decode())
    assert "Sophie" in html and "Bruno" in html
    response = client.post(
        "/animation/accompagnement/binomes/",
        {"pairing-mentor": people["mentor"].pk, "pairing-learner": people["learner_a"].pk},
    )
    assert response.status_code == 302
    pairing = Pairing.objects.get()
    assert pairing.status == "proposed" and pairing.proposed_by == people["facilitator"]
    # The learner is told in the menu, and decides.
    client = as_user(people["learner_a"])
    html = unescape(client.get("/").content.decode())
    assert "Mon ange gardien" in html and "(à accepter)" in html
    html = unescape(client.get("/mon-ange-gardien/").content.decode())
    assert "vous propose Sophie comme ange gardien" in html
    assert "Rien d'autre : ni votre code, ni vos réponses aux exercices." in html
    client.post(f"/mon-ange-gardien/{pairing.pk}/accepter/")
    pairing.refresh_from_db()
    assert pairing.status == "accepted" and pairing.accepted_at
    assert (
        as_user(people["mentor"]).get(f"/mes-apprenants/{people['learner_a'].pk}/").status_code
        == 200
    )
    # Accepting twice tells plainly that there is nothing to decide.
    client = as_user(people["learner_a"])
    response = client.post(f"/mon-ange-gardien/{pairing.pk}/accepter/", follow=True)
    assert "n'attend plus votre réponse" in unescape(response.content.decode())
    # Ending it stops the mentor's access at once.
    client.post(f"/mon-ange-gardien/{pairing.pk}/arreter/")
    pairing.refresh_from_db()
    assert pairing.status == "ended" and pairing.ended_at
    assert (
        as_user(people["mentor"]).get(f"/mes-apprenants/{people['learner_a'].pk}/").status_code
        == 404
    )


def test_a_learner_refuses(people, as_user):
    pairing = services.pairing_propose(
        by=people["facilitator"], mentor=people["mentor"], learner=people["learner_a"]
    )
    as_user(people["learner_a"]).post(f"/mon-ange-gardien/{pairing.pk}/refuser/")
    pairing.refresh_from_db()
    assert pairing.status == "ended" and pairing.accepted_at is None
    # A refused proposal may be made again later.
    services.pairing_propose(
        by=people["facilitator"], mentor=people["mentor"], learner=people["learner_a"]
    )
    assert Pairing.objects.count() == 2


@pytest.mark.parametrize(
    ("mentor", "learner", "message"),
    [
        ("learner_b", "learner_a", "n'est pas un ange gardien de votre centre"),
        ("mentor", "mentor", "n'est pas un apprenant de votre centre"),
        ("", "learner_a", "Choisissez un ange gardien"),
        ("mentor", "999999", "n'est pas un apprenant de votre centre"),
    ],
)
def test_bad_pairings_are_refused(people, as_user, mentor, learner, message):
    client = as_user(people["facilitator"])
    data = {
        "pairing-mentor": people[mentor].pk if mentor in people else mentor,
        "pairing-learner": people[learner].pk if learner in people else learner,
    }
    response = client.post("/animation/accompagnement/binomes/", data)
    assert response.status_code == 200
    assert message in unescape(response.content.decode())
    assert not Pairing.objects.exists()


def test_the_same_pairing_twice_is_refused(people, as_user):
    client = as_user(people["facilitator"])
    data = {"pairing-mentor": people["mentor"].pk, "pairing-learner": people["learner_a"].pk}
    client.post("/animation/accompagnement/binomes/", data)
    response = client.post("/animation/accompagnement/binomes/", data)
    assert "Ce binôme existe déjà" in unescape(response.content.decode())
    assert Pairing.objects.count() == 1


def test_a_facilitator_of_another_centre_cannot_pair_people_here(people, as_user):
    client = as_user(people["other_facilitator"])
    html = unescape(client.get("/animation/accompagnement/").content.decode())
    assert "Sophie" not in html and "Marie" not in html
    response = client.post(
        "/animation/accompagnement/binomes/",
        {"pairing-mentor": people["mentor"].pk, "pairing-learner": people["learner_a"].pk},
    )
    assert response.status_code == 200
    assert not Pairing.objects.exists()


def test_a_learner_becomes_a_mentor_and_loses_the_role(people, as_user):
    client = as_user(people["facilitator"])
    learner_b = people["learner_b"]
    client.post("/animation/accompagnement/anges-gardiens/", {"grant-person": learner_b.pk})
    names = set(learner_b.groups.values_list("name", flat=True))
    assert names == {LEARNERS, MENTORS}
    pairing = services.pairing_propose(
        by=people["facilitator"], mentor=learner_b, learner=people["learner_a"]
    )
    services.pairing_accept(learner=people["learner_a"], pairing=pairing)
    client.post(f"/animation/accompagnement/anges-gardiens/{learner_b.pk}/retirer/")
    assert set(learner_b.groups.values_list("name", flat=True)) == {LEARNERS}
    pairing.refresh_from_db()
    assert pairing.status == "ended"
    assert as_user(learner_b).get("/mes-apprenants/").status_code == 403


def test_a_mentor_account_is_created_with_an_access_card(people, as_user):
    client = as_user(people["facilitator"])
    response = client.post(
        "/animation/accompagnement/anges-gardiens/nouveau/", {"create-first_name": "Odette"}
    )
    assert response.status_code == 302 and response["Location"] == "/cartes/"
    html = client.get("/cartes/").content.decode()
    assert "Odette" in html
    mentor = people["centre"].people.get(first_name="Odette")
    assert set(mentor.groups.values_list("name", flat=True)) == {MENTORS}
    response = client.post(
        "/animation/accompagnement/anges-gardiens/nouveau/", {"create-first_name": "<b>1234"}
    )
    assert response.status_code == 200 and "n'est pas un prénom" in unescape(
        response.content.decode()
    )


def test_a_mentor_signs_in_with_the_card(people, client):
    mentor, code = services.mentor_create(by=people["facilitator"], first_name="Odette")
    spaced = f"{code[:4]} {code[4:]}".upper()
    response = client.post("/connexion/", {"username": mentor.username, "password": spaced})
    assert response.status_code == 302
    assert client.get("/mes-apprenants/").status_code == 200


def test_services_check_the_centre(people):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.pairing_propose(
            by=people["other_facilitator"], mentor=people["mentor"], learner=people["learner_a"]
        )
    with pytest.raises(PermissionDenied):
        services.mentor_role_grant(by=people["other_facilitator"], person=people["learner_a"])
    with pytest.raises(services.Refused):
        services.pairing_propose(
            by=people["admin"], mentor=people["learner_a"], learner=people["learner_b"]
        )
