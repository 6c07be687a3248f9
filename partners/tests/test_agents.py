"""Partner agents: who may see and invite them, the invitation, and bad input."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from partners.models import Agent, Organisation

pytestmark = pytest.mark.django_db
AGENTS_URL = "/animation/partenaires/"


def test_the_address_is_the_one_named():
    assert reverse("partners:agents") == AGENTS_URL


@pytest.mark.parametrize(
    ("who", "status", "invites"),
    [
        (None, 302, False),
        ("learner_a", 403, False),
        ("mentor", 403, False),
        ("caf_agent", 403, False),
        ("facilitator", 200, True),
        ("other_facilitator", 200, True),
        # An administrator without a centre is told that the agent would serve no centre.
        ("admin", 200, False),
    ],
)
def test_only_facilitators_see_the_agents_page(partners_world, as_user, who, status, invites):
    client = as_user(partners_world[who] if who else None)
    assert client.get(AGENTS_URL).status_code == status
    posted = client.post(
        AGENTS_URL,
        {
            "organisation": partners_world["caf"].pk,
            "first_name": "Zoé",
            "last_name": "Martin",
            "email": f"zoe-{who}@caf.fr",
        },
    )
    assert posted.status_code == (400 if status == 200 and not invites else status)
    created = Agent.objects.filter(user__username=f"zoe-{who}@caf.fr").exists()
    assert created is invites


def test_a_facilitator_sees_the_agents_of_their_centre_only(partners_world, as_user):
    page = as_user(partners_world["facilitator"]).get(AGENTS_URL).content.decode()
    assert "agnes@caf.fr" in page and "paul@cpam.fr" in page
    assert "olivier@caf.fr" not in page
    other = as_user(partners_world["other_facilitator"]).get(AGENTS_URL).content.decode()
    assert "olivier@caf.fr" in other and "agnes@caf.fr" not in other


def test_an_invited_agent_chooses_a_password_once_then_signs_in(partners_world, as_user, client):
    facilitator = partners_world["facilitator"]
    page = as_user(facilitator).post(
        AGENTS_URL,
        {
            "organisation": partners_world["caf"].pk,
            "first_name": "Zoé",
            "last_name": "Martin",
            "email": "Zoe.Martin@CAF.fr",
        },
    )
    assert page.status_code == 200
    user = get_user_model().objects.get(username="zoe.martin@caf.fr")
    agent = user.partner_agent
    assert agent.organisation == partners_world["caf"]
    assert list(agent.centres.all()) == [partners_world["centre"]]
    assert agent.invited_by == facilitator
    assert not user.has_usable_password()
    assert user.groups.filter(name="Agents partenaires").exists()
    link = re.search(r"http://testserver(/partenaires/invitation/[^<\s]+)", page.content.decode())
    assert link, "the page shows the invitation link"
    client.logout()
    form = client.get(link.group(1), follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    address = form.redirect_chain[-1][0] if form.redirect_chain else link.group(1)
    weak = client.post(address, {"new_password1": "abc", "new_password2": "abc"})
    assert weak.status_code == 200 and "new_password1" in weak.content.decode()
    user.refresh_from_db()
    assert not user.has_usable_password()
    done = client.post(
        address, {"new_password1": "Une-phrase-longue-9", "new_password2": "Une-phrase-longue-9"}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Une-phrase-longue-9")
    again = client.get(link.group(1), follow=True)
    assert "ne marche plus" in again.content.decode()
    signed_in = client.post(
        "/connexion/", {"username": "zoe.martin@caf.fr", "password": "Une-phrase-longue-9"}
    )
    assert signed_in.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_an_agent_already_invited_by_another_centre_serves_one_more(partners_world, as_user):
    as_user(partners_world["facilitator"]).post(
        AGENTS_URL,
        {
            "organisation": partners_world["caf"].pk,
            "first_name": "Olivier",
            "last_name": "Roux",
            "email": "olivier@caf.fr",
        },
    )
    agent = partners_world["caf_agent_other"].partner_agent
    assert set(agent.centres.all()) == {partners_world["centre"], partners_world["other_centre"]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choisissez l'organisme de l'agent."),
        ({"organisation": "999999"}, "Cet organisme n'existe pas"),
        ({"email": "pas-une-adresse"}, "Ce n&#x27;est pas une adresse e-mail"),
        ({"first_name": "R2D2"}, "n&#x27;est pas un prénom"),
        ({"last_name": "<script>"}, "n&#x27;est pas un nom"),
        # Somebody else's account (a mentor's), or an agent of another organisation.
        ({"email": "paul@cpam.fr"}, "déjà celle d&#x27;un autre compte"),
    ],
)
def test_bad_invitations_are_refused_in_plain_french(partners_world, as_user, data, message):
    before = (get_user_model().objects.count(), Agent.objects.count())
    posted = {
        "organisation": partners_world["caf"].pk,
        "first_name": "Zoé",
        "last_name": "Martin",
        "email": "zoe@caf.fr",
        **data,
    }
    if not data:
        posted = {}
    page = as_user(partners_world["facilitator"]).post(AGENTS_URL, posted)
    assert message.replace("'", "&#x27;") in page.content.decode() or message in (
        page.content.decode()
    )
    assert (get_user_model().objects.count(), Agent.objects.count()) == before
    assert set(partners_world["cpam_agent"].partner_agent.centres.all()) == {
        partners_world["centre"]
    }


def test_an_invitation_link_with_a_bad_token_does_nothing(partners_world, client):
    page = client.get("/partenaires/invitation/MQ/pas-un-jeton/", follow=True)
    assert "ne marche plus" in page.content.decode()


def test_an_organisation_in_use_is_not_deleted_and_says_why(partners_world, as_user):
    caf = partners_world["caf"]
    response = as_user(partners_world["admin"]).post(
        f"/admin/snippets/partners/organisation/delete/{caf.pk}/", follow=True
    )
    assert response.status_code == 200
    assert "Suppression impossible" in response.content.decode()
    assert Organisation.objects.filter(pk=caf.pk).exists()


def test_the_menu_leads_agents_and_facilitators_to_their_pages(partners_world, as_user):
    agent_home = as_user(partners_world["caf_agent"]).get("/").content.decode()
    assert 'href="/partenaires/"' in agent_home
    facilitator_home = as_user(partners_world["facilitator"]).get("/").content.decode()
    assert 'href="/animation/partenaires/"' in facilitator_home
    learner_home = as_user(partners_world["learner_a"]).get("/").content.decode()
    assert "/partenaires/" not in learner_home.replace("/partenaires/permanences/", "")
