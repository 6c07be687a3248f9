"""Who may see and do what in mentoring, in one place.

A learner sees their own questions; a mentor sees the learners who accepted them (their
progress and their questions) and nothing else; a facilitator sees the people of their own
centre; an admin sees everything. Views turn "may not see" into a 404, so that nothing leaks
about what exists."""

from django.db.models import Q
from django.utils import timezone

from accounts import scope
from accounts.roles import LEARNERS, MENTORS, role_names

from .limits import EDIT_WINDOW
from .models import Pairing, Thread, Tip


def group_names(user):
    """The person's role groups (read with the person, or once per request)."""
    return role_names(user)


def is_learner(user):
    return LEARNERS in group_names(user)


def is_mentor(user):
    return MENTORS in group_names(user)


def mentee_ids(user):
    """Ids of the learners who accepted this person as their mentor (one query, kept)."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_mentoring_mentees", None)
    if cached is None:
        cached = frozenset(accepted_pairings_of_mentor(user).values_list("learner_id", flat=True))
        user._mentoring_mentees = cached
    return cached


def accepted_pairings_of_mentor(user):
    # A mentor whose role was withdrawn loses access at once, even before pairings are ended.
    return Pairing.objects.filter(
        mentor=user, mentor__groups__name=MENTORS, status=Pairing.Status.ACCEPTED
    )


def facilitates(user, person):
    """A facilitator of the person's centre, or an admin (accounts.scope)."""
    return person is not None and scope.reaches(user, person)


# --- questions -------------------------------------------------------------------------------


def can_ask(user):
    return user.is_authenticated and user.is_active and is_learner(user)


def threads_visible_to(user):
    """The questions this person may read, as a queryset (no query until evaluated)."""
    threads = Thread.objects.all()
    if not user.is_authenticated:
        return threads.none()
    if user.is_superuser:
        return threads
    visible = Q(learner=user)
    mentees = accepted_pairings_of_mentor(user).values("learner_id")
    visible |= Q(learner_id__in=mentees, hidden_at__isnull=True)
    visible |= scope.condition(user, Thread.centre_path)
    return threads.filter(visible)


def can_see_thread(user, thread):
    if not user.is_authenticated:
        return False
    if thread.learner_id == user.pk or facilitates(user, thread.learner):
        return True
    return thread.hidden_at is None and thread.learner_id in mentee_ids(user)


def can_post(user, thread):
    """Answer (mentor, facilitator) or add to one's own question (learner)."""
    return can_see_thread(user, thread) and thread.hidden_at is None and user.is_active


def can_mark_solved(user, thread):
    return user.is_authenticated and thread.learner_id == user.pk and thread.hidden_at is None


def can_moderate_thread(user, thread):
    return facilitates(user, thread.learner)


# --- messages --------------------------------------------------------------------------------


def within_edit_window(created_at, now=None):
    return (now or timezone.now()) - created_at <= EDIT_WINDOW


def can_edit_message(user, message, now=None):
    return (
        user.is_authenticated
        and message.author_id == user.pk
        and message.is_visible
        and message.thread.hidden_at is None
        and within_edit_window(message.created_at, now)
    )


def can_report_message(user, message):
    return (
        can_see_thread(user, message.thread) and message.author_id != user.pk and message.is_visible
    )


def can_hide_message(user, message):
    return can_moderate_thread(user, message.thread)


# --- tips ------------------------------------------------------------------------------------


def can_write_tip(user):
    return user.is_authenticated and user.is_active and is_mentor(user)


def can_edit_tip(user, tip):
    """The mentor corrects their tip until a facilitator has read it."""
    return user.is_authenticated and tip.mentor_id == user.pk and tip.status == Tip.Status.PENDING


def can_delete_tip(user, tip):
    return user.is_authenticated and tip.mentor_id == user.pk


def can_see_tips(user):
    """Approved tips are signed with a first name: they are shown to signed-in people."""
    return user.is_authenticated


def can_report_tip(user, tip):
    return user.is_authenticated and tip.status == Tip.Status.APPROVED and tip.mentor_id != user.pk


def can_review_tip(user, tip):
    return facilitates(user, tip.mentor)


def tips_reviewable_by(user):
    return scope.scope(Tip.objects.all(), user)


# --- pairings --------------------------------------------------------------------------------


def can_manage_pairing(user, pairing):
    return facilitates(user, pairing.learner)


def can_see_learner(user, learner):
    """A mentor sees a learner's progress only once that learner accepted them."""
    return learner.pk in mentee_ids(user)
