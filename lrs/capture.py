"""From a learning event to a statement in the outbox. Each function is called by a hook or a
signal (receivers.py, wagtail_hooks.py) with the row the event wrote; nothing is written when
the person's centre does not send, or when no LRS is configured."""

import uuid

from django.utils import timezone

from . import services, statements


def _course_id(lesson_id):
    """The course (parent page) of a lesson, in one query."""
    from wagtail.models import Page

    path = Page.objects.filter(pk=lesson_id).values_list("path", flat=True).first()
    if not path or len(path) <= Page.steplen:
        return None
    return Page.objects.filter(path=path[: -Page.steplen]).values_list("pk", flat=True).first()


def _lesson_course_id(lesson):
    """The course of a lesson, from the shared cache under the pages stamp (a lesson moved to
    another course renews it)."""
    from django.core.cache import cache

    from courses.page_stamp import pages_stamp

    if lesson.depth <= 1:
        return None
    key = f"lrs:course:{pages_stamp()}:{lesson.pk}"
    found = cache.get(key)
    if found is None:
        found = (_course_id(lesson.pk),)
        cache.set(key, found, services.CACHED_FOR)
    return found[0]


def lesson_opened(*, user, lesson):
    """Every opening of a lesson by a signed-in learner (not kept elsewhere: a new id each).
    Served with the page: one INSERT, the drain queued once the page is sent."""
    if not services.sends_for(user):
        return None
    statement = statements.lesson_opened(
        id=uuid.uuid4(),
        pseudonym=services.pseudonym_for(user),
        lesson_id=lesson.pk,
        title=lesson.title,
        at=timezone.now(),
        course_id=_lesson_course_id(lesson),
    )
    return services.statement_add(user=user, statement=statement, kick_later=True)


def lesson_completed(*, progress):
    user = progress.user
    if not services.sends_for(user) or progress.lesson_id is None:
        return None
    from wagtail.models import Page

    title = Page.objects.filter(pk=progress.lesson_id).values_list("title", flat=True).first()
    statement = statements.lesson_completed(
        pseudonym=services.pseudonym_for(user),
        progress=progress,
        title=title or progress.lesson_title,
        course_id=_course_id(progress.lesson_id),
    )
    return services.statement_add(user=user, statement=statement)


def attempt_recorded(*, attempt):
    """Any scored answer, whatever the activity's source. H5P results are told by the player's
    own statements (h5p_statement_stored), not a second time here."""
    result = attempt.result
    if result.source == "h5p" or not services.sends_for(result.user):
        return None
    statement = statements.attempt(
        pseudonym=services.pseudonym_for(result.user),
        attempt=attempt,
        result=result,
        title=result.title,
    )
    return services.statement_add(user=result.user, statement=statement)


def h5p_statement_stored(*, row):
    if row.user_id is None or not services.sends_for(row.user):
        return None
    statement = statements.h5p(pseudonym=services.pseudonym_for(row.user), row=row)
    return services.statement_add(user=row.user, statement=statement)


def certificate_issued(*, certificate):
    if certificate.user_id is None or not services.sends_for(certificate.user):
        return None
    statement = statements.certificate(
        pseudonym=services.pseudonym_for(certificate.user), certificate=certificate
    )
    return services.statement_add(user=certificate.user, statement=statement)


def attendance_taken(*, enrolment):
    """Present: « attended ». Absent sends nothing (and a presence once told stays told)."""
    if not enrolment.attended or enrolment.user_id is None:
        return None
    user = enrolment.user
    if not services.sends_for(user):
        return None
    statement = statements.attendance(
        pseudonym=services.pseudonym_for(user), enrolment=enrolment, session=enrolment.session
    )
    return services.statement_add(user=user, statement=statement)
