"""The history, as statements, for a new LRS (`manage.py xapi_replay`): rebuilt from the learner
records with the same builders and the same ids as when the events happened, so that an LRS that
already holds some of them keeps one copy. Only people of centres that send, never erased ones
(their records no longer point at them)."""

from django.db import transaction

from . import statements
from .capture import _course_id
from .models import OutboxStatement
from .services import pseudonym_for


def _since(queryset, field, since):
    return queryset.filter(**{f"{field}__gte": since}) if since is not None else queryset


def history(*, since=None):
    """(user, statement) of every event since the date, oldest first."""
    from certificates.models import Certificate
    from progress.models import ExerciseAttempt, LessonProgress, XAPIStatement
    from workshops.models import Enrolment

    sending = {"user__centre__sends_learning_records": True}
    found = []
    progress = LessonProgress.objects.filter(**sending, lesson__isnull=False).select_related(
        "user", "lesson"
    )
    for row in _since(progress, "started_at", since):
        found.append(
            (
                row.user,
                statements.lesson_opened(
                    id=statements.addresses.statement_id("lesson-started", row.pk, row.started_at),
                    pseudonym=pseudonym_for(row.user),
                    lesson_id=row.lesson_id,
                    title=row.lesson.title,
                    at=row.started_at,
                    course_id=_course_id(row.lesson_id),
                ),
            )
        )
    for row in _since(progress.filter(completed_at__isnull=False), "completed_at", since):
        found.append(
            (
                row.user,
                statements.lesson_completed(
                    pseudonym=pseudonym_for(row.user),
                    progress=row,
                    title=row.lesson.title,
                    course_id=_course_id(row.lesson_id),
                ),
            )
        )
    attempts = (
        ExerciseAttempt.objects.filter(result__user__centre__sends_learning_records=True)
        .exclude(result__source="h5p")
        .select_related("result__user", "result__exercise", "result__activity")
    )
    for row in _since(attempts, "created_at", since):
        user = row.result.user
        found.append(
            (
                user,
                statements.attempt(
                    pseudonym=pseudonym_for(user),
                    attempt=row,
                    result=row.result,
                    title=row.result.title,
                ),
            )
        )
    h5p_rows = XAPIStatement.objects.filter(**sending).select_related("user")
    for row in _since(h5p_rows, "created_at", since):
        found.append((row.user, statements.h5p(pseudonym=pseudonym_for(row.user), row=row)))
    certificates = Certificate.objects.filter(**sending).select_related("user")
    for row in _since(certificates, "issued_at", since):
        found.append(
            (row.user, statements.certificate(pseudonym=pseudonym_for(row.user), certificate=row))
        )
    enrolments = Enrolment.objects.filter(**sending, attended=True).select_related(
        "user", "session"
    )
    for row in _since(enrolments, "session__starts_at", since):
        found.append(
            (
                row.user,
                statements.attendance(
                    pseudonym=pseudonym_for(row.user), enrolment=row, session=row.session
                ),
            )
        )
    found.sort(key=lambda pair: pair[1]["timestamp"])
    return found


@transaction.atomic
def queue_history(*, since=None):
    """Put the history in the outbox: statements already there go back to « to send » (same
    ids), the others are added. Returns (requeued, added)."""
    requeued = (
        OutboxStatement.objects.filter(user__isnull=False)
        .exclude(status=OutboxStatement.Status.PENDING)
        .filter(**({"created_at__gte": since} if since is not None else {}))
        .update(
            status=OutboxStatement.Status.PENDING,
            sent_at=None,
            attempts=0,
            next_attempt_at=None,
            last_error="",
        )
    )
    known = {str(pk) for pk in OutboxStatement.objects.values_list("statement_id", flat=True)}
    again, added = [], []
    for user, statement in history(since=since):
        if statement["id"] in known:
            again.append(statement["id"])
            continue
        added.append(
            OutboxStatement(
                statement_id=statement["id"],
                user=user,
                verb=statement["verb"]["id"].rsplit("/", 1)[-1][:32],
                object_iri=statement["object"]["id"][:500],
                statement=statement,
            )
        )
    requeued += (
        OutboxStatement.objects.filter(statement_id__in=again, user__isnull=False)
        .exclude(status=OutboxStatement.Status.PENDING)
        .update(status=OutboxStatement.Status.PENDING, sent_at=None, attempts=0)
    )
    OutboxStatement.objects.bulk_create(added, batch_size=500)
    return requeued, len(added)
