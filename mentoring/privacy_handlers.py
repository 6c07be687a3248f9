"""RGPD for mentoring. Export: everything the person wrote or that was written to them.
Erasure keeps no personal text: a learner's questions go with their answers; what someone
wrote elsewhere is blanked and detached; reports and reviews lose the name behind them."""

from django.db.models import Q
from django.utils import timezone

from .models import Message, Pairing, ReadMark, Report, Thread, Tip


def _at(value):
    return value.isoformat() if value else None


def export_pairings(user):
    return [
        {
            "role": "ange gardien" if pairing.mentor_id == user.pk else "apprenant",
            "mentor": pairing.mentor.first_name or pairing.mentor.display_name,
            "learner": pairing.learner.first_name or pairing.learner.display_name,
            "status": pairing.status,
            "proposed_at": _at(pairing.created_at),
            "accepted_at": _at(pairing.accepted_at),
            "ended_at": _at(pairing.ended_at),
        }
        for pairing in Pairing.objects.filter(Q(mentor=user) | Q(learner=user)).select_related(
            "mentor", "learner"
        )
    ]


def erase_pairings(user):
    Pairing.objects.filter(Q(mentor=user) | Q(learner=user)).delete()
    Pairing.objects.filter(proposed_by=user).update(proposed_by=None)


def export_threads(user):
    """The person's questions, with every answer they received."""
    threads = (
        Thread.objects.filter(learner=user)
        .select_related("lesson")
        .prefetch_related("messages__author")
        .order_by("created_at")
    )
    return [
        {
            "lesson_id": thread.lesson_id,
            "lesson": thread.lesson_name,
            "step": thread.step_label,
            "asked_at": _at(thread.created_at),
            "solved_at": _at(thread.solved_at),
            "hidden_at": _at(thread.hidden_at),
            "messages": [
                {
                    "from": "vous"
                    if message.author_id == user.pk
                    else (message.author.first_name if message.author else ""),
                    "at": _at(message.created_at),
                    "edited_at": _at(message.edited_at),
                    "text": message.text,
                }
                for message in thread.messages.all()
            ],
        }
        for thread in threads
    ]


def erase_threads(user):
    Thread.objects.filter(learner=user).delete()  # its messages, reports and read marks too
    Thread.objects.filter(hidden_by=user).update(hidden_by=None)


def export_messages(user):
    """What the person wrote in other people's questions (mentors, facilitators)."""
    return [
        {
            "question_id": message.thread_id,
            "lesson_id": message.thread.lesson_id,
            "at": _at(message.created_at),
            "edited_at": _at(message.edited_at),
            "text": message.text,
        }
        for message in Message.objects.filter(author=user)
        .exclude(thread__learner=user)
        .select_related("thread")
    ]


def erase_messages(user):
    Message.objects.filter(author=user).update(
        author=None, text="", deleted_at=timezone.now(), edited_at=None
    )
    Message.objects.filter(hidden_by=user).update(hidden_by=None)


def export_read_marks(user):
    return [
        {"question_id": mark.thread_id, "read_until": _at(mark.last_read_at)}
        for mark in ReadMark.objects.filter(user=user)
    ]


def erase_read_marks(user):
    ReadMark.objects.filter(user=user).delete()


def export_tips(user):
    return [
        {
            "lesson_id": tip.lesson_id,
            "lesson": tip.lesson_name,
            "text": tip.text,
            "status": tip.status,
            "written_at": _at(tip.created_at),
            "reviewed_at": _at(tip.reviewed_at),
            "review_note": tip.review_note,
        }
        for tip in Tip.objects.filter(mentor=user).select_related("lesson")
    ]


def erase_tips(user):
    # A tip is signed with a first name and written in the person's words: it goes.
    Tip.objects.filter(mentor=user).delete()
    Tip.objects.filter(reviewed_by=user).update(reviewed_by=None)


def export_reports(user):
    return [
        {
            "at": _at(report.created_at),
            "message_id": report.message_id,
            "tip_id": report.tip_id,
            "reason": report.reason,
            "handled_at": _at(report.handled_at),
            "outcome": report.outcome,
        }
        for report in Report.objects.filter(reporter=user)
    ]


def erase_reports(user):
    """The report stays for the facilitators (something was wrong), without who or why."""
    Report.objects.filter(reporter=user).update(reporter=None, reason="")
    Report.objects.filter(handled_by=user).update(handled_by=None)


HANDLERS = {
    "mentoring.Pairing": (export_pairings, erase_pairings),
    "mentoring.Thread": (export_threads, erase_threads),
    "mentoring.Message": (export_messages, erase_messages),
    "mentoring.ReadMark": (export_read_marks, erase_read_marks),
    "mentoring.Tip": (export_tips, erase_tips),
    "mentoring.Report": (export_reports, erase_reports),
}
