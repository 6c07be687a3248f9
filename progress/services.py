"""Writes about progress. Each is idempotent and safe when the same learner's requests race
(two tabs, a double click): the unique constraint and conditional updates keep one row."""

import re

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from .models import ExerciseAttempt, ExerciseResult, LessonProgress

POSITION_PATTERN = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


def _row(user, lesson):
    row, _ = LessonProgress.objects.get_or_create(user=user, lesson_id=lesson.pk)
    return row


def lesson_visit(*, user, lesson):
    """A learner opened a lesson: started on the first visit, and the latest place to resume."""
    row, created = LessonProgress.objects.get_or_create(user=user, lesson_id=lesson.pk)
    if not created:  # a new row already carries the time of this visit
        now = timezone.now()
        LessonProgress.objects.filter(pk=row.pk).update(last_visited_at=now)
        row.last_visited_at = now
    return row


def _course_done(user, lesson):
    """Has the person just completed every live lesson of the lesson's course, for the first
    time?"""
    from courses.models import LessonPage

    siblings = LessonPage.objects.live().filter(
        path__startswith=lesson.path[: -lesson.steplen], depth=lesson.depth
    )
    mine = LessonProgress.objects.filter(
        user=user,
        lesson__path__startswith=lesson.path[: -lesson.steplen],
        lesson__depth=lesson.depth,
    )
    if mine.filter(finishes_course=True).exists():
        return False  # a course counts once per person
    total = siblings.count()
    done = mine.filter(completed_at__isnull=False, lesson__in=siblings.values("pk")).count()
    return total > 0 and done >= total


def lesson_complete(*, user, lesson, now=None):
    """« J'ai terminé »: the first completion time is kept; clicking again changes nothing.
    The completion that finishes the course says so, once and for good (the figures count
    courses from it, so a lesson added or deleted later does not rewrite the past)."""
    row = _row(user, lesson)
    now = now or timezone.now()
    updated = LessonProgress.objects.filter(pk=row.pk, completed_at__isnull=True).update(
        completed_at=now, last_visited_at=now
    )
    if updated:
        row.completed_at = now
        with transaction.atomic():
            # One person's completions one at a time: two tabs finishing the last two lessons
            # together count the course once, never twice or not at all.
            get_user_model().objects.select_for_update().filter(pk=user.pk).first()
            if _course_done(user, lesson):
                LessonProgress.objects.filter(pk=row.pk).update(finishes_course=True)
                row.finishes_course = True
    else:
        row.refresh_from_db(fields=["completed_at"])
    return row


def lesson_position_set(*, user, lesson, position):
    """Where the learner is in a lesson. It does not move the resume point: the browser may
    send it as the learner leaves for the next lesson, after that one was opened."""
    if not POSITION_PATTERN.match(position or ""):
        raise ValueError("invalid position")
    row = _row(user, lesson)
    LessonProgress.objects.filter(pk=row.pk).update(position=position)
    return row


def exercise_attempt_record(
    *, user, lesson, score, passed, answer, exercise=None, activity=None, count_attempt=True
):
    """Store one scored answer: the attempt, then the result's counters (best and last score,
    first success). Concurrent answers each count; the best score only ever goes up.

    A native exercise or an H5P activity; an H5P « completed » that follows its « answered »
    updates the scores without counting a second attempt (count_attempt=False)."""
    target = {"exercise": exercise} if activity is None else {"activity": activity}
    source = ExerciseResult.Source.NATIVE if activity is None else ExerciseResult.Source.H5P
    with transaction.atomic():
        result, _ = ExerciseResult.objects.get_or_create(
            user=user, lesson_id=lesson.pk, **target, defaults={"source": source}
        )
        if count_attempt:
            ExerciseAttempt.objects.create(result=result, score=score, passed=passed, answer=answer)
        now = timezone.now()
        changes = {
            "attempts": F("attempts") + (1 if count_attempt else 0),
            "last_score": score,
            "best_score": Greatest("best_score", Value(score)),
            "last_answer": answer,
            "last_at": now,
        }
        ExerciseResult.objects.filter(pk=result.pk).update(**changes)
        if passed:
            ExerciseResult.objects.filter(pk=result.pk, passed_at__isnull=True).update(
                passed_at=now
            )
        result.refresh_from_db()
    return result


def lesson_complete_if_passed(*, user, lesson, required_exercise_ids, required_activity_ids=()):
    """Complete the lesson once every required exercise and H5P activity in it is passed.
    Returns the progress row when this call (or an earlier one) completed it, None when some
    remain."""
    required = {("native", pk) for pk in required_exercise_ids}
    required |= {("h5p", pk) for pk in required_activity_ids}
    if not required:
        return None
    rows = ExerciseResult.objects.filter(
        user=user, lesson_id=lesson.pk, passed_at__isnull=False
    ).values_list("source", "exercise_id", "activity_id")
    passed = {(source, exercise_id or activity_id) for source, exercise_id, activity_id in rows}
    if passed >= required:
        return lesson_complete(user=user, lesson=lesson)
    return None


# --- Content deleted: the records keep its name ------------------------------------------


def _course_of(page):
    """(id, title) of the page's parent, read before anything is deleted."""
    from wagtail.models import Page

    parent_path = page.path[: -page.steplen]
    return Page.objects.filter(path=parent_path).values_list("pk", "title").first() or (None, "")


def records_keep_lesson(*, page):
    """A page is about to be deleted: the learner records on it keep its title and its course
    (the links are then emptied by the database's SET NULL, never the rows)."""
    if not (
        LessonProgress.objects.filter(lesson_id=page.pk).exists()
        or ExerciseResult.objects.filter(lesson_id=page.pk).exists()
    ):
        return
    course_id, course_title = _course_of(page)
    kept = {"lesson_title": page.title, "course_page_id": course_id, "course_title": course_title}
    LessonProgress.objects.filter(lesson_id=page.pk).update(**kept)
    ExerciseResult.objects.filter(lesson_id=page.pk).update(**kept)


def records_keep_exercise(*, exercise=None, activity=None):
    """An exercise or H5P activity is about to be deleted: its results keep its title."""
    target = {"exercise_id": exercise.pk} if exercise is not None else {"activity_id": activity.pk}
    title = (exercise or activity).title
    ExerciseResult.objects.filter(**target).update(item_title=title)
