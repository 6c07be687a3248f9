"""A facilitator stops an agent serving their centre; the agent keeps their account and the
other centres they serve. Another centre's facilitator cannot do it."""

import pytest
from django.core.exceptions import PermissionDenied

from partners import selectors, services
from partners.models import Agent, Permanence

from .conftest import permanence_at

pytestmark = pytest.mark.django_db


def test_a_facilitator_removes_an_agent_who_keeps_the_other_centres(partners_world, as_user):
    world = partners_world
    user = world["caf_agent"]
    agent = Agent.objects.get(user=user)
    agent.centres.add(world["other_centre"])
    coming = permanence_at(world)
    elsewhere = permanence_at(world, centre="other_centre")
    client = as_user(world["facilitator"])
    page = client.get("/animation/partenaires/").content.decode()
    assert f"/animation/partenaires/agents/{agent.pk}/retirer/" in page
    response = client.post(f"/animation/partenaires/agents/{agent.pk}/retirer/", follow=True)
    assert response.status_code == 200
    assert "ne répond plus aux apprenants de votre centre" in response.content.decode()
    assert "agnes@caf.fr" not in response.content.decode()
    user.refresh_from_db()
    assert user.is_active and user.has_usable_password()
    assert set(agent.centres.values_list("pk", flat=True)) == {world["other_centre"].pk}
    assert user.centre_id == world["other_centre"].pk
    assert not Permanence.objects.filter(pk=coming.pk).exists()
    assert Permanence.objects.filter(pk=elsewhere.pk).exists()
    # Questions of the centre left are no longer the agent's to see.
    question, _ = services.question_ask(
        learner=world["learner_a"], organisation=world["caf"], text="Mon aide ?"
    )
    user = type(user).objects.get(pk=user.pk)
    assert selectors.questions_for_agent(user) == []
    assert as_user(user).get(f"/partenaires/questions/{question.pk}/").status_code == 404


def test_another_centres_facilitator_cannot_remove_the_agent(partners_world, as_user):
    world = partners_world
    agent = Agent.objects.get(user=world["caf_agent"])
    for who in ("other_facilitator", "learner_a", "mentor", "cpam_agent", "caf_agent_other"):
        response = as_user(world[who]).post(f"/animation/partenaires/agents/{agent.pk}/retirer/")
        assert response.status_code in (403, 404), who
    assert (
        as_user(None).post(f"/animation/partenaires/agents/{agent.pk}/retirer/").status_code == 302
    )
    assert list(agent.centres.values_list("pk", flat=True)) == [world["centre"].pk]
    with pytest.raises(PermissionDenied):
        services.agent_remove_from_centre(by=world["other_facilitator"], agent=agent)
    assert agent.centres.count() == 1


def test_a_get_or_an_unknown_agent_changes_nothing(partners_world, as_user):
    world = partners_world
    agent = Agent.objects.get(user=world["caf_agent"])
    client = as_user(world["facilitator"])
    assert client.get(f"/animation/partenaires/agents/{agent.pk}/retirer/").status_code == 405
    response = client.post("/animation/partenaires/agents/999999/retirer/")
    assert response.status_code == 404
    assert "ne sert pas votre centre" in response.content.decode()
    assert agent.centres.count() == 1


def test_an_agent_of_this_centre_only_keeps_an_account_without_centre(partners_world, as_user):
    world = partners_world
    user = world["cpam_agent"]
    agent = Agent.objects.get(user=user)
    as_user(world["facilitator"]).post(f"/animation/partenaires/agents/{agent.pk}/retirer/")
    user.refresh_from_db()
    assert user.is_active and agent.centres.count() == 0 and user.centre_id is None
    assert Agent.objects.filter(pk=agent.pk).exists()
    home = as_user(user).get("/partenaires/")
    assert home.status_code == 200
