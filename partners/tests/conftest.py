"""A small world for the partner tests: the CAF and the CPAM, an agent of each for the first
centre, a CAF agent for the other centre, on top of the shared `people`."""

import pytest
from django.contrib.auth import get_user_model

from accounts.roles import AGENTS, role_group
from partners.models import Agent, Organisation


def make_agent(username, organisation, *centres, first_name="Agent"):
    user = get_user_model().objects.create_user(
        username,
        email=username,
        password="agent-pass-123",
        first_name=first_name,
        centre=centres[0],
    )
    user.groups.add(role_group(AGENTS))
    agent = Agent.objects.create(user=user, organisation=organisation)
    agent.centres.add(*centres)
    return user


@pytest.fixture
def partners_world(people):
    caf = Organisation.objects.create(
        name="Caisse d'allocations familiales de l'Indre",
        short_name="la CAF",
        service="Allocations familiales et logement",
        helps_with="Vos aides, vos déclarations trimestrielles.",
        contact="3230, ou caf.fr",
        lesson_theme="allocations",
    )
    cpam = Organisation.objects.create(
        name="Caisse primaire d'assurance maladie",
        short_name="la CPAM",
        service="Santé",
        helps_with="Vos remboursements, votre carte Vitale.",
        lesson_theme="santé",
    )
    centre, other = people["centre"], people["other_centre"]
    return {
        **people,
        "caf": caf,
        "cpam": cpam,
        "caf_agent": make_agent("agnes@caf.fr", caf, centre, first_name="Agnès"),
        "cpam_agent": make_agent("paul@cpam.fr", cpam, centre, first_name="Paul"),
        "caf_agent_other": make_agent("olivier@caf.fr", caf, other, first_name="Olivier"),
    }


@pytest.fixture
def as_user(client):
    def sign_in(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return sign_in


def permanence_at(world, *, organisation="caf", agent="caf_agent", centre="centre", days=2):
    from datetime import timedelta

    from django.utils import timezone

    from partners.models import Permanence

    starts = (timezone.now() + timedelta(days=days)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    return Permanence.objects.create(
        organisation=world[organisation],
        agent=world[agent],
        centre=world[centre],
        place="Espace Public",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )


@pytest.fixture
def caf_lesson(partners_world):
    lesson = partners_world["lessons"][0]
    lesson.tags.add("allocations")
    lesson.save()
    return lesson


@pytest.fixture
def caf_question(partners_world, caf_lesson):
    from partners import services

    question, _ = services.question_ask(
        learner=partners_world["learner_a"],
        organisation=partners_world["caf"],
        text="Pourquoi mon aide au logement a baissé ?",
        lesson=caf_lesson,
    )
    return question
