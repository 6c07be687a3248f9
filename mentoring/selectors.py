"""Reads that feed the mentoring pages, each in a constant number of queries however many
questions, answers and tips there are: unread counts are subqueries over the read marks, and
messages come in one prefetch."""

import copy
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import (
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from pasapas import kept
from pasapas.prepared import PreparedQuery
from pasapas.stamps import stamp

from accounts import scope
from accounts.people import erased_label, is_erased
from accounts.roles import ADMINS, FACILITATORS, LEARNERS, MENTORS, is_facilitator

from . import permissions
from .limits import EDIT_WINDOW
from .models import Message, Pairing, ReadMark, Report, Thread, Tip


def _count(queryset):
    """COUNT(*) of a queryset as a subquery expression (0 when empty)."""
    counted = queryset.order_by().values(
        n=Func(F("pk"), function="COUNT", output_field=IntegerField())
    )
    return Coalesce(Subquery(counted), Value(0))


def unread_messages(user):
    """Messages by someone else that this person has not read yet (a queryset)."""
    read = ReadMark.objects.filter(
        thread=OuterRef("thread"), user=user, last_read_at__gte=OuterRef("created_at")
    )
    return (
        Message.objects.filter(deleted_at__isnull=True, hidden_at__isnull=True)
        .exclude(author=user)
        .exclude(Exists(read))
    )


# --- lessons ---------------------------------------------------------------------------------


def lesson_steps(lesson):
    """The « étapes » blocks of a lesson as (block id, label), read from the stored JSON:
    no query, no image loaded."""
    steps, number = [], 0
    for block in lesson.body.raw_data:
        if block.get("type") != "steps" or not block.get("id"):
            continue
        number += 1
        title = ((block.get("value") or {}).get("title") or "").strip()
        steps.append((block["id"], title or _("Étapes, partie %(n)s") % {"n": number}))
    return steps


def person_name(person):
    """The name others see: a first name, never the username (half of a sign-in)."""
    if is_erased(person):
        return erased_label()
    return person.display_name or person.first_name or _("Quelqu'un")


def _role_labels():
    return {
        MENTORS: _("ange gardien"),
        FACILITATORS: _("animateur"),
        ADMINS: _("administration"),
    }


def _author_in(group_name):
    memberships = get_user_model().groups.through.objects.filter(
        user_id=OuterRef("author_id"), group__name=group_name
    )
    return Exists(memberships)


def _message_role(message):
    """From the annotations of _with_messages: no query per author."""
    author = message.author
    if author is None:
        return ""
    if author.is_superuser:
        role = ADMINS
    elif message.author_is_facilitator:
        role = FACILITATORS
    elif message.author_is_mentor:
        role = MENTORS
    else:
        return ""
    return _role_labels()[role]


def _decorate_messages(thread, viewer, last_read_at, now, roles):
    """What the page needs to know about each message, for this viewer."""
    for message in thread.messages.all():
        message.thread = thread  # already loaded: no query per message
        message.is_mine = message.author_id == viewer.pk
        message.author_name = _("Vous") if message.is_mine else person_name(message.author)
        # Roles come from annotations: only pages that asked for them show roles.
        message.author_role = "" if message.is_mine or not roles else _message_role(message)
        message.is_new = (
            not message.is_mine
            and message.is_visible
            and (last_read_at is None or message.created_at > last_read_at)
        )
        message.can_edit = permissions.can_edit_message(viewer, message, now)
        message.editable_until = message.created_at + EDIT_WINDOW
        message.can_report = not message.is_mine and message.is_visible and thread.hidden_at is None


def _with_messages(threads, viewer, *, roles=True):
    """Threads with their messages (one prefetch), read mark and unread count."""
    messages = Message.objects.select_related("author")
    if roles:
        messages = messages.annotate(
            author_is_mentor=_author_in(MENTORS), author_is_facilitator=_author_in(FACILITATORS)
        )
    last_read = ReadMark.objects.filter(thread=OuterRef("pk"), user=viewer).values("last_read_at")[
        :1
    ]
    return threads.annotate(
        last_read_at=Subquery(last_read),
        unread=_count(unread_messages(viewer).filter(thread=OuterRef("pk"))),
    ).prefetch_related(Prefetch("messages", queryset=messages))


def decorate_threads(threads, viewer, *, roles=True):
    now = timezone.now()
    for thread in threads:
        _decorate_messages(thread, viewer, thread.last_read_at, now, roles)
        messages = list(thread.messages.all())
        thread.question = messages[0] if messages else None
        thread.answers = [
            m for m in messages[1:] if m.author_id != thread.learner_id and m.is_visible
        ]
        thread.is_answered = bool(thread.answers)
    return threads


@dataclass
class LessonPanel:
    """Everything the mentoring part of a lesson page shows, for one person."""

    can_ask: bool = False
    can_write_tip: bool = False
    tips: list = field(default_factory=list)  # approved, for everyone signed in
    own_tips: list = field(default_factory=list)  # the mentor's own, not approved yet
    threads: list = field(default_factory=list)  # the learner's questions on this lesson
    steps: list = field(default_factory=list)
    selected_step: str = ""

    @property
    def unread_thread_ids(self):
        return [thread.pk for thread in self.threads if thread.unread]


TIPS_STAMP = "approved-tips"


def approved_tips(lesson_id):
    """The lesson's approved tips with their mentors, the same for everyone: from the shared
    cache, under a stamp renewed when a tip or a person changes (mentoring.receivers)."""
    key = f"approved-tips:{stamp(TIPS_STAMP)}:{lesson_id}"
    tips = kept.get(key, 60 * 60)
    if tips is None:
        tips = list(
            Tip.objects.filter(lesson_id=lesson_id, status=Tip.Status.APPROVED)
            .select_related("mentor")
            .order_by("created_at", "pk")
        )
        kept.set(key, tips, 60 * 60)
    return [copy.copy(tip) for tip in tips]  # each page marks its own (is_mine, can_edit)


_ASKED = PreparedQuery(
    lambda shape, user_id, lesson_id: Thread.objects.filter(
        learner_id=user_id, lesson_id=lesson_id
    ).values("pk")[:1]
)


def lesson_panel(user, lesson, step=""):
    """Three to six queries for a signed-in person, none for a visitor."""
    if not user.is_authenticated:
        return LessonPanel()
    panel = LessonPanel(
        can_ask=permissions.can_ask(user), can_write_tip=permissions.can_write_tip(user)
    )
    tips = approved_tips(lesson.pk)
    if panel.can_write_tip:  # a mentor also sees their own tips waiting or refused
        tips += list(
            Tip.objects.filter(lesson_id=lesson.pk, mentor=user)
            .exclude(status=Tip.Status.APPROVED)
            .select_related("mentor")
        )
        tips.sort(key=lambda tip: (tip.created_at, tip.pk))
    for tip in tips:
        tip.is_mine = tip.mentor_id == user.pk
        tip.can_edit = permissions.can_edit_tip(user, tip)
        (panel.tips if tip.status == Tip.Status.APPROVED else panel.own_tips).append(tip)
    if panel.can_ask:
        panel.steps = lesson_steps(lesson)
        panel.selected_step = step if step in dict(panel.steps) else ""
        # Most lessons have no question yet: a plain query, built once, says so, and the costly
        # one (messages, read marks, roles) only runs when there is something to show.
        if _ASKED.first("lesson", user.pk, lesson.pk):
            threads = Thread.objects.filter(learner=user, lesson_id=lesson.pk).order_by(
                "created_at", "pk"
            )
            panel.threads = decorate_threads(list(_with_messages(threads, user)), user)
    return panel


# --- lists -----------------------------------------------------------------------------------


def threads_of_learner(user):
    """« Mes questions »: every question of the person, newest activity first."""
    threads = Thread.objects.filter(learner=user).select_related("lesson")
    return decorate_threads(list(_with_messages(threads, user, roles=False)), user, roles=False)


def thread_detail(user, thread):
    """One question with its messages, for someone allowed to see it."""
    thread = _with_messages(Thread.objects.filter(pk=thread.pk), user).select_related(
        "learner", "lesson"
    )[0]
    return decorate_threads([thread], user)[0]


def mentees(user):
    """The learners who accepted this mentor, with their progress counts and questions."""
    from progress.selectors import progress_summary_for

    pairings = list(
        permissions.accepted_pairings_of_mentor(user)
        .select_related("learner")
        .order_by("learner__first_name", "learner__username")
    )
    learners = [pairing.learner for pairing in pairings]
    summary = progress_summary_for(learners) if learners else {}
    threads = list(
        _with_messages(
            Thread.objects.filter(learner__in=learners, hidden_at__isnull=True).select_related(
                "lesson"
            ),
            user,
            roles=False,
        )
    )
    decorate_threads(threads, user, roles=False)
    by_learner = {}
    for thread in threads:
        by_learner.setdefault(thread.learner_id, []).append(thread)
    for pairing in pairings:
        learner = pairing.learner
        learner.pairing = pairing
        learner.progress = summary.get(learner.pk, {"started": 0, "completed": 0})
        learner.threads = by_learner.get(learner.pk, [])
        learner.unread_threads = sum(1 for thread in learner.threads if thread.unread)
        learner.open_threads = sum(1 for thread in learner.threads if not thread.is_solved)
    return learners


def threads_visible_in_list(user, learner=None):
    threads = permissions.threads_visible_to(user).select_related("lesson", "learner")
    if learner is not None:
        threads = threads.filter(learner=learner)
    return decorate_threads(list(_with_messages(threads, user, roles=False)), user, roles=False)


def centre_threads(user, *, only_open=True):
    """A facilitator's view of the questions of their centre."""
    threads = scope.scope(permissions.threads_visible_to(user), user)
    threads = threads.select_related("lesson", "learner")
    if only_open:
        threads = threads.filter(solved_at__isnull=True, hidden_at__isnull=True)
    threads = list(_with_messages(threads, user, roles=False)[:200])
    return decorate_threads(threads, user, roles=False)


def own_tips(user):
    return list(Tip.objects.filter(mentor=user).select_related("lesson").order_by("-created_at"))


def pairings_of_learner(user):
    return list(
        Pairing.objects.filter(learner=user)
        .exclude(status=Pairing.Status.ENDED, accepted_at__isnull=True)
        .select_related("mentor")
        .order_by("-created_at")
    )


# --- facilitators ----------------------------------------------------------------------------


def people_of_centre(user):
    """Mentors and learners the facilitator may pair (their centre; all for an admin)."""
    people = scope.scope(get_user_model().objects.filter(is_active=True), user)
    people = people.order_by("first_name", "username").prefetch_related("groups")
    mentors, learners = [], []
    for person in people:
        names = {group.name for group in person.groups.all()}
        if MENTORS in names:
            mentors.append(person)
        if LEARNERS in names:
            learners.append(person)
    return mentors, learners


def pairings_of_centre(user):
    pairings = scope.scope(Pairing.objects.exclude(status=Pairing.Status.ENDED), user)
    pairings = pairings.select_related("mentor", "learner")
    return list(pairings.order_by("mentor__first_name", "learner__first_name"))


def open_reports(user):
    reports = (
        reports_visible_to(user)
        .filter(handled_at__isnull=True)
        .select_related(
            "reporter",
            "message__author",
            "message__thread__lesson",
            "message__thread__learner",
            "tip__mentor",
            "tip__lesson",
        )
    )
    return list(reports.order_by("created_at"))


def reports_visible_to(user):
    """A report is about a message or a tip: it belongs to the centre of either (accounts.scope)."""
    if scope.centre_ids(user) is scope.EVERY_CENTRE:
        return Report.objects.all()
    return Report.objects.filter(
        scope.condition(user, f"message__{Message.centre_path}")
        | scope.condition(user, f"tip__{Tip.centre_path}")
    )


def hub_counts(user):
    """Pending tips and open reports, for the facilitator's page (one query)."""
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            pending_tips=_count(
                permissions.tips_reviewable_by(user).filter(status=Tip.Status.PENDING)
            ),
            open_reports=_count(reports_visible_to(user).filter(handled_at__isnull=True)),
        )
        .values("pending_tips", "open_reports")
        .first()
    )
    return row or {"pending_tips": 0, "open_reports": 0}


# --- navigation ------------------------------------------------------------------------------


def _answered_by_someone_else():
    return Exists(
        Message.objects.filter(
            thread=OuterRef("pk"), deleted_at__isnull=True, hidden_at__isnull=True
        ).exclude(author_id=OuterRef("learner_id"))
    )


def _nav_query(shape, me, centre):
    """The counts of nav_counts for one shape of person (their roles), built with the ids
    given."""
    roles, facilitator, superuser = shape
    user = get_user_model()(pk=me, centre_id=centre, is_superuser=superuser)
    counts = {}
    if LEARNERS in roles:
        counts["unread_answers"] = _count(unread_messages(user).filter(thread__learner=user))
        counts["proposed_mentors"] = _count(
            Pairing.objects.filter(learner=user, status=Pairing.Status.PROPOSED)
        )
        counts["has_mentor"] = Exists(
            Pairing.objects.filter(learner=user, status=Pairing.Status.ACCEPTED)
        )
    if MENTORS in roles:
        news = unread_messages(user).filter(thread=OuterRef("pk"), author_id=OuterRef("learner_id"))
        counts["new_questions"] = _count(
            Thread.objects.filter(
                learner_id__in=permissions.accepted_pairings_of_mentor(user).values("learner_id"),
                hidden_at__isnull=True,
            ).filter(Exists(news))
        )
    if facilitator:
        waiting = Thread.objects.filter(solved_at__isnull=True, hidden_at__isnull=True).exclude(
            _answered_by_someone_else()
        )
        if not superuser:
            waiting = waiting.filter(learner__centre_id=centre)
        counts["unanswered"] = _count(waiting)
    return get_user_model().objects.filter(pk=me).annotate(**counts).values(*counts)


# Built once per shape of person: building it cost more than running it (7 ms a page).
_NAV = PreparedQuery(_nav_query)


def nav_counts(user):
    """The counts beside the menu entries, in one query: unread answers (learner), proposed
    mentors (learner), questions with news (mentor), unanswered questions (facilitator)."""
    if not user.is_authenticated:
        return {}
    names = permissions.group_names(user)
    facilitator = is_facilitator(user)
    result = {"is_learner": LEARNERS in names, "is_mentor": MENTORS in names}
    result["is_facilitator"] = facilitator
    counted = facilitator and bool(user.centre_id or user.is_superuser)
    shape = (frozenset(names & {LEARNERS, MENTORS}), counted, user.is_superuser)
    if shape[0] or counted:
        result.update(_NAV.first(shape, user.pk, user.centre_id or 0) or {})
    return result
