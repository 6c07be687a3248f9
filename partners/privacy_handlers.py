"""RGPD for partners. Export: the person's agent record. Erasure: the record goes; who invited
whom is forgotten."""

from django.utils import timezone

from .models import (
    Agent,
    FrequentQuestion,
    Permanence,
    ServiceMessage,
    ServiceQuestion,
    ServiceReadMark,
    ServiceReport,
    Visit,
)


def _at(value):
    return value.isoformat() if value else None


def export_agents(user):
    return [
        {
            "organisation": agent.organisation.name,
            "centres": [centre.name for centre in agent.centres.all()],
            "invited_at": _at(agent.created_at),
        }
        for agent in Agent.objects.filter(user=user).select_related("organisation")
    ]


def erase_agents(user):
    Agent.objects.filter(user=user).delete()
    Agent.objects.filter(invited_by=user).update(invited_by=None)


def export_permanences(user):
    return [
        {
            "organisation": permanence.organisation.name,
            "centre": permanence.centre.name,
            "place": permanence.place,
            "starts_at": _at(permanence.starts_at),
            "ends_at": _at(permanence.ends_at),
            "announced_at": _at(permanence.created_at),
        }
        for permanence in Permanence.objects.filter(agent=user).select_related(
            "organisation", "centre"
        )
    ]


def erase_permanences(user):
    # The permanence stays for the learners who plan to come; the agent's name goes.
    Permanence.objects.filter(agent=user).update(agent=None)


def export_visits(user):
    return [
        {
            "organisation": visit.permanence.organisation.name,
            "starts_at": _at(visit.permanence.starts_at),
            "said_at": _at(visit.created_at),
        }
        for visit in Visit.objects.filter(learner=user).select_related("permanence__organisation")
    ]


def erase_visits(user):
    Visit.objects.filter(learner=user).delete()


def export_questions(user):
    """The person's questions to the services, with every answer."""
    questions = (
        ServiceQuestion.objects.filter(learner=user)
        .select_related("organisation")
        .prefetch_related("messages__author")
        .order_by("created_at")
    )
    return [
        {
            "organisation": question.organisation.name,
            "lesson_id": question.lesson_id,
            "lesson": question.lesson_title,
            "asked_at": _at(question.created_at),
            "last_message_at": _at(question.last_message_at),
            "hidden_at": _at(question.hidden_at),
            "messages": [
                {
                    "from": "vous"
                    if message.author_id == user.pk
                    else (message.author.first_name if message.author else ""),
                    "at": _at(message.created_at),
                    "edited_at": _at(message.edited_at),
                    "deleted_at": _at(message.deleted_at),
                    "hidden_at": _at(message.hidden_at),
                    "text": message.text,
                }
                for message in question.messages.all()
            ],
        }
        for question in questions
    ]


def erase_questions(user):
    ServiceQuestion.objects.filter(learner=user).delete()  # messages and read marks too
    ServiceQuestion.objects.filter(hidden_by=user).update(hidden_by=None)


def export_messages(user):
    """What the person wrote in other people's questions (agents, facilitators)."""
    return [
        {
            "question_id": message.question_id,
            "at": _at(message.created_at),
            "edited_at": _at(message.edited_at),
            "deleted_at": _at(message.deleted_at),
            "hidden_at": _at(message.hidden_at),
            "text": message.text,
        }
        for message in ServiceMessage.objects.filter(author=user).exclude(question__learner=user)
    ]


def erase_messages(user):
    ServiceMessage.objects.filter(author=user).update(
        author=None, text="", deleted_at=timezone.now(), edited_at=None
    )
    ServiceMessage.objects.filter(hidden_by=user).update(hidden_by=None)


def export_read_marks(user):
    return [
        {"question_id": mark.question_id, "read_until": _at(mark.last_read_at)}
        for mark in ServiceReadMark.objects.filter(user=user)
    ]


def erase_read_marks(user):
    ServiceReadMark.objects.filter(user=user).delete()


def export_frequent(user):
    return [
        {
            "question": frequent.question,
            "answer": frequent.answer,
            "status": frequent.status,
            "written_at": _at(frequent.created_at),
            "reviewed_at": _at(frequent.reviewed_at),
        }
        for frequent in FrequentQuestion.objects.filter(agent=user)
    ]


def erase_frequent(user):
    # Approved, it belongs to the lessons (no name in it); who wrote or reviewed it goes.
    FrequentQuestion.objects.filter(agent=user).update(agent=None)
    FrequentQuestion.objects.filter(reviewed_by=user).update(reviewed_by=None)


def export_reports(user):
    """The reports the person made, and those they handled as a facilitator."""
    reports = ServiceReport.objects.filter(reporter=user) | ServiceReport.objects.filter(
        handled_by=user
    )
    return [
        {
            "reported_by_you": report.reporter_id == user.pk,
            "handled_by_you": report.handled_by_id == user.pk,
            "message_id": report.message_id,
            "reason": report.reason,
            "at": _at(report.created_at),
            "handled_at": _at(report.handled_at),
            "outcome": report.outcome,
        }
        for report in reports.order_by("created_at")
    ]


def erase_reports(user):
    ServiceReport.objects.filter(reporter=user).delete()
    ServiceReport.objects.filter(handled_by=user).update(handled_by=None)


HANDLERS = {
    "partners.ServiceReport": (export_reports, erase_reports),
    "partners.ServiceQuestion": (export_questions, erase_questions),
    "partners.ServiceMessage": (export_messages, erase_messages),
    "partners.ServiceReadMark": (export_read_marks, erase_read_marks),
    "partners.FrequentQuestion": (export_frequent, erase_frequent),
    "partners.Agent": (export_agents, erase_agents),
    "partners.Permanence": (export_permanences, erase_permanences),
    "partners.Visit": (export_visits, erase_visits),
}
