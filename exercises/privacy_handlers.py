"""RGPD: an exercise only points at a person while they hold its edit lock (Wagtail's
locking); erasure releases the lock."""

from accounts import privacy

from .models import Exercise


def export_locks(user):
    return [
        {"exercise_id": pk, "title": title, "locked_at": at.isoformat() if at else None}
        for pk, title, at in Exercise.objects.filter(locked_by=user).values_list(
            "pk", "title", "locked_at"
        )
    ]


def erase_locks(user):
    Exercise.objects.filter(locked_by=user).update(locked=False, locked_by=None, locked_at=None)


privacy.register("exercises.Exercise", export=export_locks, erase=erase_locks)
