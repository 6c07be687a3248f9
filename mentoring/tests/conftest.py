"""A small world for the mentoring tests: a lesson with steps, an accepted pairing (Sophie
mentors Marie), a proposed one (Bruno → Jean), questions, an answer, tips and a report."""

import pytest
from django.utils import timezone

from courses.factories import LessonPageFactory
from mentoring import services
from mentoring.models import Pairing, Tip

STEPS_BODY = [
    {"type": "text", "value": "<p>Pour écrire un message, ouvrez votre messagerie.</p>"},
    {
        "type": "steps",
        "value": {
            "title": "Écrire le message",
            "steps": [
                {"instruction": "<p>Cliquez sur « Nouveau message ».</p>", "tip": ""},
                {"instruction": "<p>Écrivez l'adresse.</p>", "tip": ""},
            ],
        },
    },
    {
        "type": "steps",
        "value": {
            "title": "",
            "steps": [{"instruction": "<p>Cliquez sur « Envoyer ».</p>", "tip": ""}],
        },
    },
]


@pytest.fixture
def steps_lesson(people):
    lesson = LessonPageFactory(parent=people["course"], title="Envoyer un e-mail", body=STEPS_BODY)
    lesson.refresh_from_db()
    return lesson


def step_ids(lesson):
    return [block["id"] for block in lesson.body.raw_data if block["type"] == "steps"]


@pytest.fixture
def world(people, steps_lesson):
    a, b = people["learner_a"], people["learner_b"]
    mentor, other_mentor = people["mentor"], people["other_mentor"]
    pairing = Pairing.objects.create(
        mentor=mentor,
        learner=a,
        status=Pairing.Status.ACCEPTED,
        proposed_by=people["facilitator"],
        accepted_at=timezone.now(),
    )
    proposed = Pairing.objects.create(
        mentor=other_mentor, learner=b, proposed_by=people["facilitator"]
    )
    thread_a = services.question_ask(
        learner=a,
        lesson=steps_lesson,
        text="Je ne trouve pas le bouton « Nouveau message ».",
        block_id=step_ids(steps_lesson)[0],
    )
    answer = services.message_post(
        author=mentor, thread=thread_a, text="Il est en haut à gauche, en bleu."
    )
    thread_b = services.question_ask(learner=b, lesson=steps_lesson, text="Question de Jean.")
    approved_tip = Tip.objects.create(
        lesson_id=steps_lesson.pk,
        mentor=mentor,
        text="Prenez votre temps pour l'adresse.",
        status=Tip.Status.APPROVED,
    )
    pending_tip = Tip.objects.create(
        lesson_id=steps_lesson.pk, mentor=mentor, text="Relisez avant d'envoyer."
    )
    report = services.report_create(reporter=a, message=answer, reason="Pas clair")
    return {
        **people,
        "lesson": steps_lesson,
        "pairing": pairing,
        "proposed": proposed,
        "thread_a": thread_a,
        "question_a": thread_a.messages.get(author=a),
        "answer": answer,
        "thread_b": thread_b,
        "approved_tip": approved_tip,
        "pending_tip": pending_tip,
        "report": report,
    }


@pytest.fixture
def as_user(client):
    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in
