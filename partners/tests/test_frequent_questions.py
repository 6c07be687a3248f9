"""« Question fréquente »: an agent proposes it from an answer, a facilitator of the learner's
centre approves it, and it shows on the lessons about the service without the learner's name."""

import pytest

from partners import services
from partners.models import FrequentQuestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(partners_world, caf_question):
    message, _ = services.message_post(
        author=partners_world["caf_agent"],
        question=caf_question,
        text="Votre aide baisse quand vos ressources augmentent. Venez avec votre courrier.",
    )
    return message


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("caf_agent", True),
        ("cpam_agent", False),
        ("caf_agent_other", False),
        ("learner_a", False),
        ("mentor", False),
        ("facilitator", False),
        ("admin", False),
    ],
)
def test_only_the_organisations_agents_propose(partners_world, answer, as_user, who, allowed):
    client = as_user(partners_world[who])
    url = f"/partenaires/messages/{answer.pk}/question-frequente/"
    assert client.get(url).status_code == (200 if allowed else 404)
    posted = client.post(url, {"question": "Pourquoi l'aide baisse ?", "answer": "Parce que."})
    assert posted.status_code == (302 if allowed else 404)
    assert FrequentQuestion.objects.exists() is allowed


def test_the_learners_name_is_refused(partners_world, answer, as_user):
    response = as_user(partners_world["caf_agent"]).post(
        f"/partenaires/messages/{answer.pk}/question-frequente/",
        {"question": "Marie demande pourquoi l'aide baisse", "answer": "Parce que."},
    )
    assert response.status_code == 400
    assert "nom de l&#x27;apprenant" in response.content.decode()
    assert not FrequentQuestion.objects.exists()


@pytest.mark.parametrize("data", [{}, {"question": "  ", "answer": "x"}, {"question": "x"}])
def test_empty_frequent_questions_are_refused(partners_world, answer, as_user, data):
    response = as_user(partners_world["caf_agent"]).post(
        f"/partenaires/messages/{answer.pk}/question-frequente/", data
    )
    assert response.status_code == 400
    assert not FrequentQuestion.objects.exists()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("facilitator", True),
        ("admin", True),
        ("other_facilitator", False),
        ("caf_agent", False),
        ("learner_a", False),
        ("mentor", False),
    ],
)
def test_a_facilitator_of_the_centre_approves_and_learners_see_it(
    partners_world, answer, caf_lesson, as_user, who, allowed
):
    frequent = services.frequent_propose(
        agent_user=partners_world["caf_agent"],
        message=answer,
        question="Pourquoi mon aide au logement baisse ?",
        answer="Elle suit vos ressources.",
    )
    learner_b = as_user(partners_world["learner_b"])
    assert "Questions fréquentes" not in learner_b.get(caf_lesson.url).content.decode()
    response = as_user(partners_world[who]).post(
        f"/animation/partenaires/questions-frequentes/{frequent.pk}/", {"decision": "approve"}
    )
    assert response.status_code == (302 if allowed else 404)
    frequent.refresh_from_db()
    assert (frequent.status == "approved") is allowed
    page = as_user(partners_world["learner_b"]).get(caf_lesson.url).content.decode()
    assert ("Pourquoi mon aide au logement baisse ?" in page) is allowed
    if allowed:
        assert "Marie" not in page.split("questions-frequentes")[1].split("</section>")[0]


def test_a_bad_decision_changes_nothing(partners_world, answer, as_user):
    frequent = services.frequent_propose(
        agent_user=partners_world["caf_agent"], message=answer, question="Q ?", answer="R."
    )
    response = as_user(partners_world["facilitator"]).post(
        f"/animation/partenaires/questions-frequentes/{frequent.pk}/", {"decision": "peut-être"}
    )
    assert response.status_code == 400
    frequent.refresh_from_db()
    assert frequent.status == "pending"
