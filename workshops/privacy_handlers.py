"""What the workshops hold about a person: their enrolments and attendance."""

from .models import Enrolment


def export_enrolments(user):
    rows = Enrolment.objects.filter(user=user).select_related("session")
    return [
        {
            "session": row.session.title,
            "starts_at": row.session.starts_at.isoformat(),
            "status": row.status,
            "attended": row.attended,
        }
        for row in rows
    ]


def erase_enrolments(user):
    # Attendance stays as an anonymous count; the hand and the presence go.
    Enrolment.objects.filter(user=user).update(user=None, hand_raised_at=None, last_seen_at=None)
