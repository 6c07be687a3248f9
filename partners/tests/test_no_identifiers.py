"""No identifier is ever stored or logged as typed: questions, answers, corrections and
frequent questions are masked before they reach the database, and the author is told why."""

import logging

import pytest
from django.db import connection

from partners.models import FrequentQuestion, ServiceMessage

from .test_masking import VALID_IBAN, VALID_NIR

pytestmark = pytest.mark.django_db

SECRETS = [VALID_NIR, "30006000011234567890189", "0612345678", "marie.durand@example.fr"]
TYPED = (
    f"Ma sécu est {VALID_NIR}, mon RIB {VALID_IBAN}, "
    "appelez-moi au 06 12 34 56 78 ou marie.durand@example.fr"
)


def every_stored_text():
    """Every text column of every partners table, read straight from the database."""
    rows = []
    with connection.cursor() as cursor:
        for table in ("partners_servicemessage", "partners_frequentquestion"):
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (fixed table names)
            rows += [str(value) for row in cursor.fetchall() for value in row]
    return " ".join(rows).replace(" ", "")


def assert_nothing_sensitive(caplog):
    stored = every_stored_text()
    logged = " ".join(record.getMessage() for record in caplog.records).replace(" ", "")
    for secret in SECRETS:
        assert secret not in stored
        assert secret not in logged


def test_a_question_is_masked_before_it_is_stored_and_the_learner_is_told(
    partners_world, caf_lesson, as_user, caplog
):
    caplog.set_level(logging.DEBUG)
    client = as_user(partners_world["learner_a"])
    response = client.post(
        f"/partenaires/services/{partners_world['caf'].pk}/poser/?lecon={caf_lesson.pk}",
        {"text": TYPED},
        follow=True,
    )
    page = response.content.decode()
    assert "nous avons caché" in page and "carte Vitale" in page and "RIB papier" in page
    text = ServiceMessage.objects.get().text
    assert "[numéro de sécurité sociale caché]" in text and "[IBAN caché]" in text
    assert "[numéro de téléphone caché]" in text and "[adresse e-mail cachée]" in text
    assert_nothing_sensitive(caplog)


def test_answers_corrections_and_frequent_questions_are_masked(
    partners_world, caf_question, as_user, caplog
):
    caplog.set_level(logging.DEBUG)
    agent = as_user(partners_world["caf_agent"])
    agent.post(f"/partenaires/questions/{caf_question.pk}/repondre/", {"text": TYPED})
    answer = caf_question.messages.exclude(author=partners_world["learner_a"]).get()
    learner = as_user(partners_world["learner_a"])
    question = caf_question.messages.get(author=partners_world["learner_a"])
    learner.post(f"/partenaires/messages/{question.pk}/modifier/", {"text": TYPED})
    agent = as_user(partners_world["caf_agent"])
    agent.post(
        f"/partenaires/messages/{answer.pk}/question-frequente/",
        {"question": TYPED, "answer": TYPED},
    )
    assert ServiceMessage.objects.count() == 2 and FrequentQuestion.objects.count() == 1
    assert_nothing_sensitive(caplog)


def test_a_refused_post_stores_nothing_and_logs_no_number(partners_world, as_user, caplog):
    caplog.set_level(logging.DEBUG)
    response = as_user(partners_world["learner_a"]).post(
        f"/partenaires/services/{partners_world['caf'].pk}/poser/",
        {"text": TYPED + " " + "a" * 2000},
    )
    assert response.status_code == 400
    assert not ServiceMessage.objects.exists()
    assert_nothing_sensitive(caplog)
