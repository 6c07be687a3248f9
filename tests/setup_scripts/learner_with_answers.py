"""A learner (by username) with a mentor's answer to a question on the first demo lesson, and
an agent's answer to a question to a service: the pages where they can « Signaler » a message,
and the page that asks why."""

import json

from django.contrib.auth import get_user_model

from courses.models import LessonPage
from mentoring import services as mentoring
from partners import services as partners
from partners.models import Agent


def main(username, facilitator):
    users = get_user_model().objects
    learner, by = users.get(username=username), users.get(username=facilitator)
    lesson = LessonPage.objects.live().order_by("path").first()
    mentor, _code = mentoring.mentor_create(by=by, first_name="Gaston")
    pairing = mentoring.pairing_propose(by=by, mentor=mentor, learner=learner)
    mentoring.pairing_accept(learner=learner, pairing=pairing)
    thread = mentoring.question_ask(learner=learner, lesson=lesson, text="Où est ce bouton ?")
    answer = mentoring.message_post(author=mentor, thread=thread, text="En bas, à gauche.")
    agent = Agent.objects.filter(centres=learner.centre).order_by("pk").first()
    question, _kinds = partners.question_ask(
        learner=learner, organisation=agent.organisation, text="Quand vais-je être payée ?"
    )
    partners.message_post(author=agent.user, question=question, text="Le 5 du mois.")
    print(
        json.dumps(
            {
                "lesson": lesson.url,
                "thread": f"/questions/{thread.pk}/",
                "report": f"/messages/{answer.pk}/signaler/",
                "service-question": f"/partenaires/questions/{question.pk}/",
            }
        )
    )
