"""The export says what was sent to the LRS, under which anonymous name, and what waits; erasure
drops what waits (nothing more leaves for the person) and the pseudonym (nothing here links the
LRS's account to them any more)."""

from .models import OutboxStatement, Pseudonym


def export_statements(user):
    return [
        {
            "statement_id": str(row.statement_id),
            "verb": row.verb,
            "activity": row.object_iri,
            "written_at": row.created_at.isoformat(),
            "status": row.status,
            "sent_at": row.sent_at.isoformat() if row.sent_at else None,
            "statement": row.statement,
        }
        for row in OutboxStatement.objects.filter(user=user).order_by("pk")
    ]


def erase_statements(user):
    OutboxStatement.objects.filter(user=user, status=OutboxStatement.Status.PENDING).delete()
    # What was sent stays counted, without anyone behind it here.
    OutboxStatement.objects.filter(user=user).update(user=None, statement={})


def export_pseudonym(user):
    row = Pseudonym.objects.filter(user=user).first()
    return {"account_name": str(row.name), "since": row.created_at.isoformat()} if row else None


def erase_pseudonym(user):
    from .services import pseudonym_forget

    Pseudonym.objects.filter(user=user).delete()
    pseudonym_forget(user.pk)
