"""Reads for the workshop pages: timetables, sessions to come, who is in a session."""

from django.db.models import Count, Q
from django.utils import timezone

from .models import Enrolment, Session

Status = Enrolment.Status


def with_counts(sessions):
    """Sessions with their number of places taken and of people waiting, in the same query."""
    return sessions.annotate(
        taken=Count("enrolments", filter=Q(enrolments__status=Status.ENROLLED)),
        waiting=Count("enrolments", filter=Q(enrolments__status=Status.WAITING)),
    )


def upcoming_sessions(*, centre_id, track_ids=None, now=None, limit=None):
    """Sessions to come in a centre, optionally on some tracks, soonest first, with counts."""
    sessions = Session.objects.filter(
        centre_id=centre_id, is_cancelled=False, ends_at__gt=now or timezone.now()
    ).select_related("room", "track", "facilitator")
    if track_ids is not None:
        sessions = sessions.filter(track_id__in=track_ids)
    sessions = with_counts(sessions).order_by("starts_at")
    return list(sessions[:limit] if limit else sessions)


def session_people(session):
    """(enrolled, waiting) for a session, in order of enrolment, with the people loaded."""
    rows = list(
        Enrolment.objects.filter(session=session)
        .exclude(status=Status.CANCELLED)
        .select_related("user")
        .order_by("created_at", "pk")
    )
    enrolled = [row for row in rows if row.status == Status.ENROLLED]
    waiting = [row for row in rows if row.status == Status.WAITING]
    return enrolled, waiting


def my_sessions(user, *, now=None):
    """The learner's own sessions to come (enrolled or waiting), cancelled ones too: many
    learners have no e-mail, and a session that vanished would leave them coming for nothing."""
    rows = list(
        Enrolment.objects.filter(user=user, session__ends_at__gt=now or timezone.now())
        .exclude(status=Status.CANCELLED)
        .select_related("session", "session__room", "session__facilitator")
        .order_by("session__starts_at")
    )
    return rows
