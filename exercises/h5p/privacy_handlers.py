"""RGPD: a learner's H5P state and statements are exported with their data and erased with
them; the statements stay as anonymous figures, the saved places go."""

from accounts import privacy

from .models import H5PActivity, H5PState, XAPIStatement


def export_states(user):
    return [
        {
            "activity_id": row.activity_id,
            "lesson_id": row.lesson_id,
            "state": row.state,
            "updated_at": row.updated_at.isoformat(),
        }
        for row in H5PState.objects.filter(user=user)
    ]


def erase_states(user):
    H5PState.objects.filter(user=user).delete()


def export_statements(user):
    return [
        {
            "activity_id": row.activity_id,
            "activity": row.activity.title if row.activity_id else row.activity_title,
            "lesson_id": row.lesson_id,
            "lesson": row.lesson.title if row.lesson_id else row.lesson_title,
            "verb": row.verb,
            "score": row.score,
            "success": row.success,
            "statement": row.statement,
            "at": row.created_at.isoformat(),
        }
        for row in XAPIStatement.objects.filter(user=user)
        .select_related("activity", "lesson")
        .order_by("created_at")
    ]


def erase_statements(user):
    """Scores stay; what the person answered (in the result and context) goes."""
    for row in XAPIStatement.objects.filter(user=user).only("statement"):
        kept = {key: row.statement[key] for key in ("verb", "object") if key in row.statement}
        XAPIStatement.objects.filter(pk=row.pk).update(statement=kept, user=None)


def export_uploads(user):
    return [
        {"activity_id": pk, "title": title}
        for pk, title in H5PActivity.objects.filter(uploaded_by=user).values_list("pk", "title")
    ]


def erase_uploads(user):
    H5PActivity.objects.filter(uploaded_by=user).update(uploaded_by=None)
    # Wagtail's edit lock points at the person too: released.
    H5PActivity.objects.filter(locked_by=user).update(locked=False, locked_by=None, locked_at=None)


privacy.register("h5p.H5PState", export=export_states, erase=erase_states)
privacy.register("h5p.XAPIStatement", export=export_statements, erase=erase_statements)
privacy.register("h5p.H5PActivity", export=export_uploads, erase=erase_uploads)
