"""The live room of a session: raised hands, « tout le monde page 3 », who is where.

Both screens poll (the facilitator every few seconds, each learner a little less often), so
every read here costs a constant number of queries however many learners and progress rows
there are, and the learner's presence is written at most every PRESENCE_EVERY seconds."""

import datetime

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import F, OuterRef, Q, Subquery, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from pasapas.prepared import PreparedQuery

from courses.models import LessonPage
from progress.models import ExerciseResult, LessonProgress

from .models import Enrolment, Session

Status = Enrolment.Status

# The room is open from a quarter of an hour before the start to a quarter after the end.
MARGIN = datetime.timedelta(minutes=15)
PRESENCE_EVERY = datetime.timedelta(seconds=20)
ONLINE_FOR = datetime.timedelta(seconds=30)
LAST_RESULTS = 3
PARTS_CACHE_SECONDS = 60 * 60


def is_on(session, now=None):
    now = now or timezone.now()
    return (
        not session.is_cancelled and session.starts_at - MARGIN <= now <= session.ends_at + MARGIN
    )


def _refuse_off(session, now=None):
    if not is_on(session, now):
        raise ValidationError(
            _("La séance n'a pas lieu en ce moment : la main se lève pendant la séance."),
            code="closed",
        )


def _refuse_not_enrolled(enrolment):
    if enrolment.status != Status.ENROLLED:
        raise ValidationError(
            _("Vous n'avez pas de place dans cette séance."),
            code="not_enrolled",
        )


# Writes -----------------------------------------------------------------------------------


def hand_raise(*, enrolment, now=None):
    """« J'ai besoin d'aide »: the first time counts (pressing again keeps one's turn)."""
    now = now or timezone.now()
    _refuse_not_enrolled(enrolment)
    _refuse_off(enrolment.session, now)
    Enrolment.objects.filter(pk=enrolment.pk, hand_raised_at__isnull=True).update(
        hand_raised_at=now, last_seen_at=now
    )
    enrolment.refresh_from_db(fields=["hand_raised_at", "last_seen_at"])
    return enrolment


def hand_lower(*, enrolment):
    """The facilitator came (or the learner found it alone)."""
    Enrolment.objects.filter(pk=enrolment.pk).update(hand_raised_at=None)
    enrolment.hand_raised_at = None
    return enrolment


def track_lessons(session):
    """The live lessons of the session's track, in order: what the group can be sent to."""
    if session.track_id is None:
        return LessonPage.objects.none()
    return (
        LessonPage.objects.live()
        .filter(path__startswith=session.track.path, depth=session.track.depth + 1)
        .order_by("path")
    )


def goto_set(*, session, lesson, now=None):
    """Send everyone to a lesson of the track (a page, or its id as the form sends it)."""
    lesson_id = getattr(lesson, "pk", lesson)
    try:
        lesson_id = int(lesson_id)
    except (TypeError, ValueError):
        lesson_id = None
    found = track_lessons(session).filter(pk=lesson_id).first() if lesson_id else None
    if found is None:
        raise ValidationError(
            _("Choisissez une leçon du parcours de la séance."),
            code="lesson",
        )
    now = now or timezone.now()
    Session.objects.filter(pk=session.pk).update(goto_lesson=found, goto_at=now)
    session.goto_lesson, session.goto_at = found, now
    return session


def goto_clear(*, session):
    Session.objects.filter(pk=session.pk).update(goto_lesson=None, goto_at=None)
    session.goto_lesson, session.goto_at = None, None
    return session


def presence_mark(*, enrolment, now=None):
    """« Seen in the room »: one UPDATE at most every PRESENCE_EVERY, none in between (the
    row the poll already loaded tells); the condition keeps two tabs from both writing."""
    now = now or timezone.now()
    if enrolment.last_seen_at is not None and enrolment.last_seen_at > now - PRESENCE_EVERY:
        return False
    written = (
        Enrolment.objects.filter(pk=enrolment.pk)
        .filter(Q(last_seen_at__isnull=True) | Q(last_seen_at__lte=now - PRESENCE_EVERY))
        .update(last_seen_at=now)
    )
    enrolment.last_seen_at = now
    return bool(written)


# Reads ------------------------------------------------------------------------------------


def _clock(moment):
    return timezone.localtime(moment).strftime("%H:%M") if moment else ""


def iso(moment):
    return moment.isoformat() if moment else None


def _parts(lessons):
    """{lesson id: [block ids]} from the cache, keyed by the lesson's latest revision; only
    the lessons missing there are read, in one query."""
    keys = {lesson.pk: f"live-parts:{lesson.pk}:{lesson.latest_revision_id}" for lesson in lessons}
    found = cache.get_many(list(keys.values()))
    parts = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in keys if pk not in parts]
    if missing:
        fresh = {}
        for pk, body in LessonPage.objects.filter(pk__in=missing).values_list("pk", "body"):
            raw = getattr(body, "raw_data", body) or []
            parts[pk] = [block.get("id") for block in raw if isinstance(block, dict)]
            fresh[keys[pk]] = parts[pk]
        cache.set_many(fresh, PARTS_CACHE_SECONDS)
    return parts


def _part(parts, position):
    if not parts or not position or not position.startswith("b-"):
        return None
    block_id = position[2:]
    if block_id not in parts:
        return None
    number, total = parts.index(block_id) + 1, len(parts)
    return {
        "number": number,
        "total": total,
        "label": _("partie %(n)s sur %(m)s") % {"n": number, "m": total},
    }


def _latest_visit(field):
    return Subquery(
        LessonProgress.objects.filter(user=OuterRef("user_id"))
        .order_by("-last_visited_at", "-pk")
        .values(field)[:1]
    )


def room_snapshot(session, *, request=None, now=None):
    """Everything the facilitator's room shows, for each learner with a place: four queries
    at most (people, their lessons, the lessons' parts when not cached, their last results),
    whatever the number of learners and of their records. Addresses come without the request:
    with one site they are relative and cost no query for the site."""
    now = now or timezone.now()
    rows = list(
        Enrolment.objects.filter(session=session, status=Status.ENROLLED, user__isnull=False)
        .select_related("user")
        .only(
            "pk",
            "hand_raised_at",
            "last_seen_at",
            "created_at",
            "user__id",
            "user__first_name",
            "user__last_name",
            "user__username",
        )
        .annotate(
            lesson_id=_latest_visit("lesson_id"),
            lesson_visited_at=_latest_visit("last_visited_at"),
            lesson_position=_latest_visit("position"),
            result_at=Subquery(
                ExerciseResult.objects.filter(user=OuterRef("user_id"))
                .order_by("-last_at")
                .values("last_at")[:1]
            ),
        )
    )
    lesson_ids = {row.lesson_id for row in rows if row.lesson_id}
    lessons = {}
    if lesson_ids:
        lessons = {
            page.pk: page
            for page in LessonPage.objects.live()
            .filter(pk__in=lesson_ids)
            .only("title", "url_path", "path", "depth", "latest_revision_id")
        }
    parts = _parts(lessons.values()) if lessons else {}
    results = {}
    user_ids = [row.user_id for row in rows]
    if user_ids:
        ranked = (
            ExerciseResult.objects.filter(user_id__in=user_ids)
            .select_related("exercise", "activity", "scorm")
            .only(
                "user_id",
                "best_score",
                "passed_at",
                "last_at",
                "exercise__title",
                "activity__title",
                "scorm__title",
                "item_title",
            )
            .annotate(
                rank=Window(RowNumber(), partition_by=[F("user_id")], order_by=F("last_at").desc())
            )
            .filter(rank__lte=LAST_RESULTS)
            .order_by("user_id", "rank")
        )
        for result in ranked:
            results.setdefault(result.user_id, []).append(
                {
                    "title": result.title,
                    "best_percent": result.best_percent,
                    "passed": result.passed,
                }
            )
    learners = []
    for row in rows:
        lesson = lessons.get(row.lesson_id)
        moments = [
            m
            for m in (row.lesson_visited_at, row.result_at, row.hand_raised_at, row.last_seen_at)
            if m
        ]
        last = max(moments) if moments else None
        learners.append(
            {
                "enrolment": row.pk,
                "lower_url": reverse("workshops:room_hand_lower", args=[session.pk, row.pk]),
                "name": row.user.get_full_name() or row.user.first_name or row.user.username,
                "lesson": (
                    {"id": lesson.pk, "title": lesson.title, "url": lesson.get_url()}
                    if lesson
                    else None
                ),
                "part": _part(parts.get(lesson.pk), row.lesson_position) if lesson else None,
                "last_activity": iso(last),
                "last_activity_clock": _clock(last),
                "results": results.get(row.user_id, []),
                "hand_raised_at": iso(row.hand_raised_at),
                "hand_clock": _clock(row.hand_raised_at),
                "online": bool(row.last_seen_at and row.last_seen_at >= now - ONLINE_FOR),
            }
        )
    # Raised hands first, the longest waiting at the top; then in alphabetical order.
    learners.sort(
        key=lambda item: (
            item["hand_raised_at"] is None,
            item["hand_raised_at"] or "",
            item["name"].casefold(),
        )
    )
    return {
        "session": session.pk,
        "on": is_on(session, now),
        "goto": goto_of(session, request),
        "raised": sum(1 for item in learners if item["hand_raised_at"]),
        "learners": learners,
    }


def goto_of(session, request=None):
    lesson = session.goto_lesson if session.goto_lesson_id else None
    if lesson is None or not lesson.live:
        return None
    return {
        "id": lesson.pk,
        "title": lesson.title,
        "url": lesson.get_url(),
        "goto_at": iso(session.goto_at),
    }


def _happening(shape, user_id, latest_start, earliest_end):
    return (
        Enrolment.objects.filter(
            user_id=user_id,
            status=Status.ENROLLED,
            session__is_cancelled=False,
            session__starts_at__lte=latest_start,
            session__ends_at__gte=earliest_end,
        )
        .order_by("session__starts_at")
        .values("pk")[:1]
    )


# Asked on every signed-in page, and most of the time the answer is none: built once.
_HAPPENING = PreparedQuery(_happening)


def live_enrolment(*, user, session_id=None, now=None):
    """The learner's place in a session happening now (or in that one), with the session.
    None when there is none: one query. Where the group is sent comes in the same query for
    one session (the bar's poll); a page's bar reads it only when there is one: the join with
    the lesson's columns cost more to build than the rest of the query (issue 25)."""
    if not user.is_authenticated:
        return None
    now = now or timezone.now()
    if session_id is None:
        # Which one, in a query built once per process; the row itself only when there is one.
        found = _HAPPENING.first("page", user.pk, now + MARGIN, now - MARGIN)
        if found is None:
            return None
        rows = Enrolment.objects.filter(user=user, status=Status.ENROLLED)
        return rows.select_related("session").filter(pk=found["pk"]).first()
    rows = Enrolment.objects.filter(user=user, status=Status.ENROLLED)
    return (
        rows.select_related("session", "session__goto_lesson").filter(session_id=session_id).first()
    )


def learner_state(session, user, *, enrolment=None, request=None, now=None):
    """What the learner's bar shows: one query (none when the view already loaded the row),
    plus the presence UPDATE at most every PRESENCE_EVERY."""
    now = now or timezone.now()
    if enrolment is None:
        enrolment = live_enrolment(user=user, session_id=session.pk, now=now)
    if enrolment is None:
        return None
    session = enrolment.session
    on = is_on(session, now)
    if on:
        presence_mark(enrolment=enrolment, now=now)
    return {
        "session": session.pk,
        "on": on,
        "hand_raised": enrolment.hand_raised_at is not None,
        "hand_raised_at": iso(enrolment.hand_raised_at),
        "goto": goto_of(session, request),
    }
