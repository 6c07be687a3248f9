"""The count beside « Espace partenaire »: the agent's questions with news, in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.services import learner_create
from partners import selectors, services

pytestmark = pytest.mark.django_db


def _ask(world, learner, organisation="caf", text="Où en est mon dossier ?"):
    question, _ = services.question_ask(
        learner=learner, organisation=world[organisation], text=text
    )
    return question


def test_the_count_follows_what_the_agent_has_read(partners_world):
    world = partners_world
    agent = world["caf_agent"]
    first = _ask(world, world["learner_a"])
    _ask(world, world["learner_b"])
    assert selectors.unread_count_for_agent(agent) == 2
    services.message_post(author=agent, question=first, text="Venez mardi avec votre courrier.")
    assert selectors.unread_count_for_agent(agent) == 1
    services.message_post(author=world["learner_a"], question=first, text="Merci, je viendrai.")
    assert selectors.unread_count_for_agent(agent) == 2


def test_the_count_holds_only_what_the_agent_may_see(partners_world):
    world = partners_world
    hidden = _ask(world, world["learner_a"])
    services.question_set_hidden(moderator=world["facilitator"], question=hidden)
    _ask(world, world["learner_b"], organisation="cpam")
    # The other centre's CAF agent, the CPAM agent for the CPAM question only, nobody else.
    assert selectors.unread_count_for_agent(world["caf_agent"]) == 0
    assert selectors.unread_count_for_agent(world["caf_agent_other"]) == 0
    assert selectors.unread_count_for_agent(world["cpam_agent"]) == 1
    assert selectors.unread_count_for_agent(world["facilitator"]) == 0
    world["cpam_agent"].is_active = False
    world["cpam_agent"].save()
    assert selectors.unread_count_for_agent(world["cpam_agent"]) == 0


def test_the_menu_shows_the_count_in_constant_queries(partners_world, as_user):
    world = partners_world
    client = as_user(world["caf_agent"])
    _ask(world, world["learner_a"])
    page = client.get("/").content.decode()
    assert "1 question nouvelle" in page
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for n in range(4):
        learner, _ = learner_create(centre=world["centre"], first_name=f"Lucie{n}")
        _ask(world, learner)
    with CaptureQueriesContext(connection) as many:
        page = client.get("/").content.decode()
    assert "5 questions nouvelles" in page
    assert len(many) == len(few)


def test_a_learner_sees_no_agents_count(partners_world, as_user):
    page = as_user(partners_world["learner_a"]).get("/").content.decode()
    assert "question nouvelle" not in page and "questions nouvelles" not in page
