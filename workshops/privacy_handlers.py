"""What the workshops hold about a person: their enrolments and attendance."""

from django.utils import timezone

from .models import Enrolment
from .services import enrolment_cancel


def _at(value):
    return value.isoformat() if value else None


def export_enrolments(user):
    rows = Enrolment.objects.filter(user=user).select_related("session")
    return [
        {
            "session": row.session.title,
            "starts_at": row.session.starts_at.isoformat(),
            "ends_at": row.session.ends_at.isoformat(),
            "status": row.status,
            "attended": row.attended,
            "created_at": _at(row.created_at),
            "hand_raised_at": _at(row.hand_raised_at),
            "last_seen_at": _at(row.last_seen_at),
        }
        for row in rows
    ]


def erase_enrolments(user, now=None):
    """Places to come are given up as the person would (the waiting list moves up), then go;
    so do waiting and cancelled rows. A place in a session already begun stays as an anonymous
    attendance figure, without the hand or the presence in the room."""
    now = now or timezone.now()
    rows = Enrolment.objects.filter(user=user)
    for row in rows.filter(session__starts_at__gt=now, status=Enrolment.Status.ENROLLED):
        enrolment_cancel(enrolment=row)
    rows.filter(session__starts_at__gt=now).delete()
    rows.exclude(status=Enrolment.Status.ENROLLED).delete()
    rows.update(user=None, hand_raised_at=None, last_seen_at=None)
