"""Reads for the workshop pages: timetables, sessions to come, who is in a session."""

from django.db.models import Count, F, Q, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from .models import Enrolment, Session

Status = Enrolment.Status


def with_counts(sessions):
    """Sessions with their places taken, people waiting and places left, in the same query."""
    taken = Count("enrolments", filter=Q(enrolments__status=Status.ENROLLED))
    return sessions.annotate(
        taken=taken,
        waiting=Count("enrolments", filter=Q(enrolments__status=Status.WAITING)),
        places_left=Greatest(F("places") - taken, Value(0)),
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


def _places_to_come(user, now):
    """The person's places and waiting-list spots in sessions not over yet, soonest first;
    cancelled sessions too: many learners have no e-mail, and a session that vanished would
    leave them coming for nothing."""
    return (
        Enrolment.objects.filter(user=user, session__ends_at__gt=now or timezone.now())
        .exclude(status=Status.CANCELLED)
        .order_by("session__starts_at")
    )


def my_sessions(user, *, now=None):
    """The learner's own sessions to come (enrolled or waiting), cancelled ones included."""
    return list(
        _places_to_come(user, now).select_related(
            "session", "session__room", "session__facilitator"
        )
    )


def open_sessions(centre_id):
    """A centre's sessions not cancelled, with their counts (a learner may join one)."""
    return with_counts(Session.objects.filter(centre_id=centre_id, is_cancelled=False))


def sessions_to_join(user, *, now=None, limit=8):
    """The next sessions of the learner's centre they are not in yet, with the places left."""
    if not user.centre_id:
        return []
    now = now or timezone.now()
    sessions = (
        open_sessions(user.centre_id)
        .filter(starts_at__gt=now)
        .exclude(
            pk__in=Enrolment.objects.filter(user=user)
            .exclude(status=Status.CANCELLED)
            .values("session_id")
        )
        .select_related("room", "facilitator")
        .order_by("starts_at")
    )
    return list(sessions[:limit])


def next_workshop(user, *, now=None):
    """The person's next place (or waiting-list spot) not over yet, in one query; None if none."""
    if not user.is_authenticated:
        return None
    return _places_to_come(user, now).select_related("session", "session__room").first()
