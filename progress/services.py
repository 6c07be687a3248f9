"""Writes about progress. Each is idempotent and safe when the same learner's requests race
(two tabs, a double click): the unique constraint and conditional updates keep one row."""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.locks import person_lock
from exercises.h5p.xapi import RESULT_VERBS
from exercises.records import AttemptRefused, TooManyStatements

from . import hooks
from .models import (
    ExerciseAttempt,
    ExerciseResult,
    H5PState,
    LessonProgress,
    ScormAttempt,
    XAPIStatement,
)

POSITION_PATTERN = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


def _row(user, lesson):
    row, _ = LessonProgress.objects.get_or_create(user=user, lesson_id=lesson.pk)
    return row


def lesson_visit(*, user, lesson):
    """A learner opened a lesson: started on the first visit, and the latest place to resume.

    One statement on every later visit: the row is updated and read back at once (UPDATE …
    RETURNING, on SQLite and PostgreSQL alike), never read first (issue 25)."""
    now = timezone.now()
    table = LessonProgress._meta.db_table
    updated = list(
        LessonProgress.objects.raw(
            f"UPDATE {table} SET last_visited_at = %s "  # noqa: S608 - the model's own table
            "WHERE user_id = %s AND lesson_id = %s RETURNING *",
            [connection.ops.adapt_datetimefield_value(now), user.pk, lesson.pk],
        )
    )
    if updated:
        return updated[0]
    row, created = LessonProgress.objects.get_or_create(user=user, lesson_id=lesson.pk)
    if not created:  # another tab of the same person made it in between
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
        hooks.lesson_completed(progress=row)
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
    *,
    user,
    lesson,
    score,
    passed,
    answer,
    exercise=None,
    activity=None,
    scorm=None,
    count_attempt=True,
):
    """Store one scored answer: the attempt, then the result's counters (best and last score,
    first success). Concurrent answers each count; the best score only ever goes up.

    A native exercise or an H5P activity; an H5P « completed » that follows its « answered »
    updates the scores without counting a second attempt (count_attempt=False)."""
    if scorm is not None:
        target, source = {"scorm": scorm}, ExerciseResult.Source.SCORM
    elif activity is not None:
        target, source = {"activity": activity}, ExerciseResult.Source.H5P
    else:
        target, source = {"exercise": exercise}, ExerciseResult.Source.NATIVE
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


def lesson_complete_if_passed(
    *, user, lesson, required_exercise_ids, required_activity_ids=(), required_scorm_ids=()
):
    """Complete the lesson once every required exercise, H5P activity and SCORM package in it
    is passed. Returns the progress row when this call (or an earlier one) completed it, None
    when some remain."""
    required = {("native", pk) for pk in required_exercise_ids}
    required |= {("h5p", pk) for pk in required_activity_ids}
    required |= {("scorm", pk) for pk in required_scorm_ids}
    if not required:
        return None
    rows = ExerciseResult.objects.filter(
        user=user, lesson_id=lesson.pk, passed_at__isnull=False
    ).values_list("source", "exercise_id", "activity_id", "scorm_id")
    passed = {(source, e or a or sc) for source, e, a, sc in rows}
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
    XAPIStatement.objects.filter(lesson_id=page.pk).update(lesson_title=page.title)
    if not (
        LessonProgress.objects.filter(lesson_id=page.pk).exists()
        or ExerciseResult.objects.filter(lesson_id=page.pk).exists()
    ):
        return
    course_id, course_title = _course_of(page)
    kept = {"lesson_title": page.title, "course_page_id": course_id, "course_title": course_title}
    LessonProgress.objects.filter(lesson_id=page.pk).update(**kept)
    ExerciseResult.objects.filter(lesson_id=page.pk).update(**kept)


def records_keep_exercise(*, exercise=None, activity=None, scorm=None):
    """An exercise, H5P activity or SCORM package is about to be deleted: its results keep its
    title."""
    if exercise is not None:
        target = {"exercise_id": exercise.pk}
    elif activity is not None:
        target = {"activity_id": activity.pk}
    else:
        target = {"scorm_id": scorm.pk}
    title = (exercise or activity or scorm).title
    ExerciseResult.objects.filter(**target).update(item_title=title)
    if activity is not None:
        XAPIStatement.objects.filter(activity_id=activity.pk).update(activity_title=title)


# Statements per learner, all activities together: a learner answering quickly sends a few a
# minute; far more is a loop or a forgery. With each statement bounded (xapi.stored_form), a
# day of the most a learner may send stays a few megabytes.
MAX_STATEMENTS_PER_10_MINUTES = 300
MAX_STATEMENTS_PER_DAY = 2000


# --- H5P: statements, saved places, activities viewed ------------------------------------


@dataclass
class StatementOutcome:
    statement: XAPIStatement
    result: object = None  # an ExerciseResult, for a top-level result
    passed: bool = False
    lesson_completed: bool = False


def _refuse_beyond_quota(user, now):
    """Counted under the learner's lock (see h5p_statement_record), so that statements sent at
    the same moment cannot all pass the last free place of the quota."""
    mine = XAPIStatement.objects.filter(user=user)
    for minutes, most in (
        (10, MAX_STATEMENTS_PER_10_MINUTES),
        (24 * 60, MAX_STATEMENTS_PER_DAY),
    ):
        if mine.filter(created_at__gte=now - timedelta(minutes=minutes)).count() >= most:
            raise TooManyStatements(_("Trop d'envois en peu de temps."))


# H5P reports one answer with several top-level statements sent one after the other:
# « answered » then « completed » (or an Essay's « passed » / « failed »). A Question Set or an
# Interactive Video sends only « completed ». So an answer is an attempt, and what follows an
# « answered » at once, with another verb, is about that same answer.
SAME_ANSWER_WITHIN = timedelta(seconds=5)


def _follows_its_answer(user, activity, lesson, verb):
    if verb == "answered":
        return False
    last = (
        XAPIStatement.objects.filter(
            user=user,
            activity=activity,
            lesson_id=lesson.pk,
            top_level=True,
            verb__in=RESULT_VERBS,
            created_at__gte=timezone.now() - SAME_ANSWER_WITHIN,
        )
        .order_by("-created_at", "-pk")
        .values_list("verb", flat=True)
        .first()
    )
    return last == "answered"


def h5p_statement_record(*, user, activity, lesson, parsed, required=None):
    """Store an accepted statement within the learner's quota (TooManyStatements beyond it); a
    top-level result updates the learner's result (one attempt per answer, whatever the verbs
    H5P sends for it), and a passed activity may complete the lesson (like a native exercise)."""
    with transaction.atomic():
        person_lock(user)
        _refuse_beyond_quota(user, timezone.now())
        new_attempt = (
            parsed.top_level
            and parsed.has_result
            and not _follows_its_answer(user, activity, lesson, parsed.verb)
        )
        outcome = StatementOutcome(
            statement=XAPIStatement.objects.create(
                user=user,
                activity=activity,
                lesson_id=lesson.pk,
                verb=parsed.verb,
                top_level=parsed.top_level,
                score=parsed.score,
                success=parsed.success,
                statement=parsed.stored,
            )
        )
    if not parsed.top_level or not parsed.has_result:
        return outcome
    outcome.passed = parsed.passes(activity.pass_mark)
    outcome.result = exercise_attempt_record(
        user=user,
        lesson=lesson,
        activity=activity,
        score=parsed.result_score(outcome.passed),
        passed=outcome.passed,
        answer={"verb": parsed.verb, "result": parsed.stored.get("result", {})},
        count_attempt=new_attempt,
    )
    if outcome.passed and required is not None:
        row = lesson_complete_if_passed(
            user=user,
            lesson=lesson,
            required_exercise_ids=required.exercises,
            required_activity_ids=required.activities,
            required_scorm_ids=required.scorm,
        )
        outcome.lesson_completed = row is not None
    return outcome


def h5p_state_save(*, user, activity, lesson, state):
    """Keep where the learner is in an activity; an empty state forgets it."""
    if not state:
        H5PState.objects.filter(user=user, activity=activity, lesson_id=lesson.pk).delete()
        return None
    row, _ = H5PState.objects.update_or_create(
        user=user, activity=activity, lesson_id=lesson.pk, defaults={"state": state}
    )
    return row


def h5p_activity_viewed(*, user, activity, lesson, required=None):
    """An activity « à consulter » opened by the learner: done, with full marks (not an
    attempt: there was nothing to answer). Others wait for their answers. Returns the
    StatementOutcome-like result, or None when viewing does not count."""
    if not activity.done_when_viewed:
        return None
    outcome = StatementOutcome(statement=None, passed=True)
    outcome.result = exercise_attempt_record(
        user=user,
        lesson=lesson,
        activity=activity,
        score=1.0,
        passed=True,
        answer={"verb": "viewed"},
        count_attempt=False,
    )
    if required is not None:
        row = lesson_complete_if_passed(
            user=user,
            lesson=lesson,
            required_exercise_ids=required.exercises,
            required_activity_ids=required.activities,
            required_scorm_ids=required.scorm,
        )
        outcome.lesson_completed = row is not None
    return outcome


def h5p_states_forget(*, activity):
    """The activity's content was replaced: a saved place in the old one would not fit."""
    H5PState.objects.filter(activity=activity).delete()


# --- SCORM: CMI data per attempt, and the package's result ---------------------------------


@dataclass
class ScormOutcome:
    attempt: ScormAttempt
    result: object = None  # the package's ExerciseResult, once something is done
    lesson_completed: bool = False


def _scorm_attempt(*, user, package, lesson, sco, attempt_id):
    """The attempt a commit continues (checked to be this learner's, this package's, this
    lesson's and this item's), or a new one after the last."""
    if attempt_id is not None:
        attempt = (
            ScormAttempt.objects.select_for_update()
            .filter(pk=attempt_id, user=user, package=package, lesson_id=lesson.pk, sco=sco)
            .first()
        )
        if attempt is None:
            raise AttemptRefused(_("Cette tentative n'est pas la vôtre ou pas celle de ce module."))
        return attempt
    last = (
        ScormAttempt.objects.filter(user=user, package=package, lesson_id=lesson.pk, sco=sco)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    return ScormAttempt(
        user=user, package=package, lesson_id=lesson.pk, sco=sco, number=(last or 0) + 1
    )


def scorm_commit_record(
    *, user, package, lesson, sco, attempt_id, parsed, finished, scos, required=None
):
    """Keep what a SCO committed (its CMI data, in the attempt), then the package's result:
    each SCO counts with its best attempt; the package is passed once every SCO is, with the
    mean of their best scores. A Terminate/Finish counts one try; a commit before it only
    updates the scores. scos: the identifiers of the package's SCOs."""
    with transaction.atomic():
        # One commit of a person at a time: the attempt number is counted then written.
        person_lock(user)
        attempt = _scorm_attempt(
            user=user, package=package, lesson=lesson, sco=sco, attempt_id=attempt_id
        )
        for name in (
            "completion_status",
            "success_status",
            "score",
            "location",
            "suspend_data",
            "session_time",
            "total_time",
            "exit",
            "cmi",
        ):
            setattr(attempt, name, getattr(parsed, name))
        if finished and attempt.finished_at is None:
            attempt.finished_at = timezone.now()
        attempt.save()
        outcome = ScormOutcome(attempt=attempt)
        if not (parsed.done or finished):
            return outcome
        best = {}
        rows = ScormAttempt.objects.filter(
            user=user, package=package, lesson_id=lesson.pk
        ).values_list("sco", "completion_status", "success_status", "score")
        for row_sco, completion, success, score in rows:
            passed = success == "passed" or (
                success in {"", "unknown"} and completion == "completed"
            )
            seen_passed, seen_score = best.get(row_sco, (False, 0.0))
            if score is None:
                score = 1.0 if passed else 0.0
            best[row_sco] = (seen_passed or passed, max(seen_score, score))
        scos = list(scos) or [sco]
        all_passed = all(best.get(item, (False, 0.0))[0] for item in scos)
        score = sum(best.get(item, (False, 0.0))[1] for item in scos) / len(scos)
        outcome.result = exercise_attempt_record(
            user=user,
            lesson=lesson,
            scorm=package,
            score=score,
            passed=all_passed,
            answer={"sco": sco, "attempt": attempt.number},
            count_attempt=finished,
        )
    if all_passed and required is not None:
        row = lesson_complete_if_passed(
            user=user,
            lesson=lesson,
            required_exercise_ids=required.exercises,
            required_activity_ids=required.activities,
            required_scorm_ids=required.scorm,
        )
        outcome.lesson_completed = row is not None
    return outcome
