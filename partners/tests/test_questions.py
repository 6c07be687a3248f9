"""Questions to a service: who sees and answers them, bad input, unread marks, the edit window,
moderation. Agents see a learner's first name and centre, nothing else."""

from datetime import timedelta

import pytest
from django.utils import timezone

from partners import services
from partners.models import ServiceMessage, ServiceQuestion

from .conftest import permanence_at

pytestmark = pytest.mark.django_db

SEES = {"learner_a", "caf_agent", "facilitator", "admin"}
EVERYONE = [
    "learner_a",
    "learner_b",
    "mentor",
    "other_mentor",
    "caf_agent",
    "cpam_agent",
    "caf_agent_other",
    "facilitator",
    "other_facilitator",
    "admin",
]


@pytest.mark.parametrize("who", EVERYONE)
def test_who_sees_and_answers_a_question_to_the_caf(partners_world, caf_question, as_user, who):
    client = as_user(partners_world[who])
    url = f"/partenaires/questions/{caf_question.pk}/"
    page = client.get(url)
    assert page.status_code == (200 if who in SEES else 404)
    if who not in SEES:
        assert "aide au logement" not in page.content.decode()
    reply = client.post(f"{url}repondre/", {"text": f"Réponse de {who}"})
    assert reply.status_code == (302 if who in SEES else 404)
    written = ServiceMessage.objects.filter(text=f"Réponse de {who}").exists()
    assert written is (who in SEES)


def test_anonymous_visitors_are_sent_to_sign_in(caf_question, client):
    for url in (
        f"/partenaires/questions/{caf_question.pk}/",
        "/partenaires/mes-questions/",
        f"/partenaires/services/{caf_question.organisation_id}/poser/",
    ):
        assert client.get(url).status_code == 302
    assert client.post(f"/partenaires/questions/{caf_question.pk}/repondre/", {"text": "x"})
    assert caf_question.messages.count() == 1


@pytest.mark.parametrize("who", EVERYONE)
def test_only_facilitators_of_the_centre_moderate(partners_world, caf_question, as_user, who):
    message = caf_question.messages.get()
    client = as_user(partners_world[who])
    hide_message = client.post(f"/partenaires/messages/{message.pk}/masquer/")
    hide_question = client.post(f"/partenaires/questions/{caf_question.pk}/masquer/")
    allowed = who in {"facilitator", "admin"}
    assert hide_message.status_code == hide_question.status_code == (302 if allowed else 404)
    message.refresh_from_db()
    caf_question.refresh_from_db()
    assert (message.hidden_at is not None) is allowed
    assert (caf_question.hidden_at is not None) is allowed


def test_a_hidden_question_leaves_the_agents_view(partners_world, caf_question, as_user):
    services.question_set_hidden(moderator=partners_world["facilitator"], question=caf_question)
    agent = as_user(partners_world["caf_agent"])
    assert agent.get(f"/partenaires/questions/{caf_question.pk}/").status_code == 404
    assert "Marie" not in agent.get("/partenaires/").content.decode()
    learner = as_user(partners_world["learner_a"])
    page = learner.get(f"/partenaires/questions/{caf_question.pk}/").content.decode()
    assert "on ne peut plus y répondre" in page


@pytest.mark.parametrize("who", ["mentor", "caf_agent", "facilitator", "admin"])
def test_only_learners_ask_a_service(partners_world, caf_lesson, as_user, who):
    response = as_user(partners_world[who]).post(
        f"/partenaires/services/{partners_world['caf'].pk}/poser/", {"text": "Bonjour"}
    )
    assert response.status_code == 403
    assert not ServiceQuestion.objects.exists()


@pytest.mark.parametrize(
    ("path", "data", "status", "message"),
    [
        ("999999/poser/", {"text": "Bonjour"}, 404, "Ce service n&#x27;existe pas"),
        ("{caf}/poser/?lecon=999999", {"text": "Bonjour"}, 404, "Cette leçon n&#x27;existe pas"),
        ("{caf}/poser/?lecon=abc", {"text": "Bonjour"}, 404, "Cette leçon n&#x27;existe pas"),
        ("{caf}/poser/", {"text": "   "}, 400, "Le message est vide"),
        ("{caf}/poser/", {}, 400, "Le message est vide"),
        ("{caf}/poser/", {"text": "a" * 2001}, 400, "C&#x27;est trop long"),
        ("{caf}/poser/", {"text": "Bonjour", "permanence": "other"}, 404, "Cette permanence"),
        ("{caf}/poser/", {"text": "Bonjour", "permanence": "cpam"}, 404, "Cette permanence"),
    ],
)
def test_bad_questions_are_refused(partners_world, as_user, path, data, status, message):
    other = permanence_at(partners_world, agent="caf_agent_other", centre="other_centre")
    cpam = permanence_at(partners_world, organisation="cpam", agent="cpam_agent")
    data = dict(data)
    if data.get("permanence") == "other":
        data["permanence"] = other.pk
    elif data.get("permanence") == "cpam":
        data["permanence"] = cpam.pk
    url = "/partenaires/services/" + path.format(caf=partners_world["caf"].pk)
    response = as_user(partners_world["learner_a"]).post(url, data)
    assert response.status_code == status
    assert message in response.content.decode()
    assert not ServiceQuestion.objects.exists() and not ServiceMessage.objects.exists()


def test_a_question_from_a_permanence_reaches_its_agent(partners_world, as_user):
    permanence = permanence_at(partners_world)
    client = as_user(partners_world["learner_a"])
    url = f"/partenaires/services/{partners_world['caf'].pk}/poser/?permanence={permanence.pk}"
    assert "Pour la permanence du" in client.get(url).content.decode()
    response = client.post(
        url, {"text": "Je viendrai avec mon courrier.", "permanence": permanence.pk}
    )
    assert response.status_code == 302
    assert ServiceQuestion.objects.get().permanence == permanence
    agent_page = as_user(partners_world["caf_agent"]).get("/partenaires/").content.decode()
    assert "Marie (Espace Numérique) à la CAF" in agent_page


def test_the_agent_sees_the_first_name_and_centre_only(partners_world, caf_question, as_user):
    learner = partners_world["learner_a"]
    learner.last_name = "Durand-Secret"
    learner.save()
    client = as_user(partners_world["caf_agent"])
    page = client.get(f"/partenaires/questions/{caf_question.pk}/").content.decode()
    assert "Question de Marie" in page and "Espace Numérique" in page
    assert "Durand-Secret" not in page and learner.username not in page
    # Nor anything of the learner's progress: those pages are not theirs.
    assert client.get(f"/mes-apprenants/{learner.pk}/").status_code in (403, 404)
    assert client.get(f"/animation/apprenants/{learner.pk}/").status_code in (403, 404)


def test_answers_are_new_until_read(partners_world, caf_question, as_user):
    agent = as_user(partners_world["caf_agent"])
    assert "Nouveau" in agent.get("/partenaires/").content.decode()
    agent.get(f"/partenaires/questions/{caf_question.pk}/")
    assert "Nouveau" not in agent.get("/partenaires/").content.decode()
    agent.post(
        f"/partenaires/questions/{caf_question.pk}/repondre/",
        {"text": "Venez à la permanence de mardi avec votre courrier."},
    )
    learner = as_user(partners_world["learner_a"])
    mine = learner.get("/partenaires/mes-questions/").content.decode()
    assert "Nouveau" in mine
    page = learner.get(f"/partenaires/questions/{caf_question.pk}/").content.decode()
    assert "Venez à la permanence de mardi" in page and "(la CAF)" in page
    assert "Nouveau" not in learner.get("/partenaires/mes-questions/").content.decode()


def test_a_message_is_corrected_within_the_edit_window_only(partners_world, caf_question, as_user):
    message = caf_question.messages.get()
    client = as_user(partners_world["learner_a"])
    edited = client.post(f"/partenaires/messages/{message.pk}/modifier/", {"text": "Corrigé."})
    assert edited.status_code == 302
    message.refresh_from_db()
    assert message.text == "Corrigé." and message.edited_at
    ServiceMessage.objects.filter(pk=message.pk).update(
        created_at=timezone.now() - timedelta(minutes=16)
    )
    late = client.post(f"/partenaires/messages/{message.pk}/modifier/", {"text": "Encore."})
    assert late.status_code == 404 and "15 minutes" in late.content.decode()
    message.refresh_from_db()
    assert message.text == "Corrigé."
    other = as_user(partners_world["caf_agent"]).post(
        f"/partenaires/messages/{message.pk}/supprimer/"
    )
    assert other.status_code == 404


def test_a_question_withdrawn_before_any_answer_goes(partners_world, caf_question, as_user):
    message = caf_question.messages.get()
    response = as_user(partners_world["learner_a"]).post(
        f"/partenaires/messages/{message.pk}/supprimer/"
    )
    assert response.status_code == 302
    assert not ServiceQuestion.objects.exists()
