"""Writes about mentoring. Each one checks the permission and the text itself (views check
first, for a kind page; these checks are the ones that cannot be skipped), writes in one
transaction and sends its notifications once that transaction is committed."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.locks import person_lock
from accounts.roles import LEARNERS, MENTORS, role_group
from accounts.services import person_with_code_create

from . import notifications, permissions, selectors
from .limits import (
    RATE_LIMIT_POSTS,
    RATE_LIMIT_REPORTS,
    RATE_LIMIT_WINDOW,
    REASON_MAX_LENGTH,
)
from .models import Message, Pairing, ReadMark, Report, Thread, Tip
from .text import clean_text


class Refused(Exception):
    """A request that cannot be done, with the plain words to tell the person why."""

    status = 400

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class RateLimited(Refused):
    status = 429


def _rate_limit_message():
    return _(
        "Vous avez écrit beaucoup de messages en peu de temps. Attendez quelques minutes, puis "
        "recommencez : rien n'est perdu, votre texte est encore là."
    )


def _check_post_rate(author, now):
    since = now - RATE_LIMIT_WINDOW
    recent = (
        Message.objects.filter(author=author, created_at__gte=since).count()
        + Tip.objects.filter(mentor=author, created_at__gte=since).count()
    )
    if recent >= RATE_LIMIT_POSTS:
        raise RateLimited(_rate_limit_message())


def _require(allowed):
    if not allowed:
        raise PermissionDenied


# --- questions and answers -------------------------------------------------------------------


def question_ask(*, learner, lesson, text, block_id=""):
    """A learner's question on a lesson, or on one of its steps; goes to their mentors and
    their centre's facilitators."""
    _require(permissions.can_ask(learner))
    text = clean_text(text)
    step_label = ""
    if block_id:
        steps = dict(selectors.lesson_steps(lesson))
        if block_id not in steps:
            raise ValidationError(
                _("Cette étape n'est pas dans la leçon : choisissez-en une dans la liste."),
                code="invalid_step",
            )
        step_label = steps[block_id][:160]
    with transaction.atomic():
        person_lock(learner)  # the rate is counted, then written, one post at a time
        _check_post_rate(learner, timezone.now())
        thread = Thread.objects.create(
            learner=learner, lesson_id=lesson.pk, block_id=block_id, step_label=step_label
        )
        message = Message.objects.create(thread=thread, author=learner, text=text)
        # One clock for the thread, its message and the read mark: nothing is "new" to its
        # own author.
        Thread.objects.filter(pk=thread.pk).update(
            created_at=message.created_at, last_message_at=message.created_at
        )
        ReadMark.objects.create(thread=thread, user=learner, last_read_at=message.created_at)
        notifications.question_asked(thread)
    return thread


def message_post(*, author, thread, text):
    """An answer (mentor, facilitator) or the learner's follow-up, which reopens a solved
    question."""
    _require(permissions.can_post(author, thread))
    text = clean_text(text)
    with transaction.atomic():
        person_lock(author)
        _check_post_rate(author, timezone.now())
        message = Message.objects.create(thread=thread, author=author, text=text)
        changes = {"last_message_at": message.created_at}
        if author.pk == thread.learner_id:
            changes["solved_at"] = None
        Thread.objects.filter(pk=thread.pk).update(**changes)
        for field, value in changes.items():
            setattr(thread, field, value)
        threads_mark_read(user=author, threads=[thread], at=message.created_at)
        if author.pk == thread.learner_id:
            notifications.question_followed_up(thread)
        else:
            notifications.question_answered(thread)
    return message


def message_edit(*, author, message, text):
    _require(permissions.can_edit_message(author, message))
    text = clean_text(text)
    message.text = text
    message.edited_at = timezone.now()
    message.save(update_fields=["text", "edited_at"])
    return message


@transaction.atomic
def message_delete(*, author, message):
    """Withdraw one's own message: its text goes at once. A question withdrawn before anyone
    answered disappears with its thread."""
    _require(permissions.can_edit_message(author, message))
    thread = message.thread
    others = thread.messages.exclude(pk=message.pk).filter(deleted_at__isnull=True)
    if message.author_id == thread.learner_id and not others.exists():
        thread.delete()
        return None
    message.text = ""
    message.deleted_at = timezone.now()
    message.save(update_fields=["text", "deleted_at"])
    return message


def thread_set_solved(*, learner, thread, solved=True):
    _require(permissions.can_mark_solved(learner, thread))
    thread.solved_at = timezone.now() if solved else None
    Thread.objects.filter(pk=thread.pk).update(solved_at=thread.solved_at)
    return thread


def thread_set_hidden(*, moderator, thread, hidden=True):
    """A facilitator takes a whole question out of view (the learner still sees it, marked)."""
    _require(permissions.can_moderate_thread(moderator, thread))
    thread.hidden_at = timezone.now() if hidden else None
    thread.hidden_by = moderator if hidden else None
    thread.save(update_fields=["hidden_at", "hidden_by"])
    return thread


@transaction.atomic
def message_set_hidden(*, moderator, message, hidden=True):
    _require(permissions.can_hide_message(moderator, message))
    now = timezone.now()
    message.hidden_at = now if hidden else None
    message.hidden_by = moderator if hidden else None
    message.save(update_fields=["hidden_at", "hidden_by"])
    Report.objects.filter(message=message, handled_at__isnull=True).update(
        handled_at=now,
        handled_by=moderator,
        outcome=Report.Outcome.HIDDEN if hidden else Report.Outcome.KEPT,
    )
    return message


def threads_mark_read(*, user, threads, at=None):
    """What this person has read now, in one statement whatever the number of threads."""
    if not user.is_authenticated or not threads:
        return
    at = at or timezone.now()
    ReadMark.objects.bulk_create(
        [ReadMark(thread_id=thread.pk, user=user, last_read_at=at) for thread in threads],
        update_conflicts=True,
        unique_fields=["thread", "user"],
        update_fields=["last_read_at"],
    )


# --- tips ------------------------------------------------------------------------------------


@transaction.atomic
def tip_submit(*, mentor, lesson, text):
    _require(permissions.can_write_tip(mentor))
    text = clean_text(text)
    person_lock(mentor)
    _check_post_rate(mentor, timezone.now())
    return Tip.objects.create(lesson_id=lesson.pk, mentor=mentor, text=text)


def tip_edit(*, mentor, tip, text):
    _require(permissions.can_edit_tip(mentor, tip))
    tip.text = clean_text(text)
    tip.edited_at = timezone.now()
    tip.save(update_fields=["text", "edited_at"])
    return tip


def tip_delete(*, mentor, tip):
    _require(permissions.can_delete_tip(mentor, tip))
    tip.delete()


def _review(reviewer, tip, status, text, note):
    _require(permissions.can_review_tip(reviewer, tip))
    now = timezone.now()
    fields = ["status", "reviewed_by", "reviewed_at", "review_note"]
    if text is not None:
        cleaned = clean_text(text)
        if cleaned != tip.text:
            tip.text, tip.edited_at = cleaned, now
            fields += ["text", "edited_at"]
    tip.status = status
    tip.reviewed_by, tip.reviewed_at = reviewer, now
    tip.review_note = clean_text(note, max_length=REASON_MAX_LENGTH, required=False)
    with transaction.atomic():
        tip.save(update_fields=fields)
        outcome = Report.Outcome.HIDDEN if status == Tip.Status.REJECTED else Report.Outcome.KEPT
        Report.objects.filter(tip=tip, handled_at__isnull=True).update(
            handled_at=now, handled_by=reviewer, outcome=outcome
        )
    return tip


def tip_approve(*, reviewer, tip, text=None, note=""):
    """Approved, possibly with the facilitator's corrections: every learner sees it."""
    return _review(reviewer, tip, Tip.Status.APPROVED, text, note)


def tip_reject(*, reviewer, tip, text=None, note=""):
    return _review(reviewer, tip, Tip.Status.REJECTED, text, note)


def tip_correct(*, reviewer, tip, text, note=""):
    """The facilitator corrects the text and decides later."""
    return _review(reviewer, tip, tip.status, text, note)


# --- reports ---------------------------------------------------------------------------------


@transaction.atomic
def report_create(*, reporter, reason="", message=None, tip=None):
    """« Signaler »: asks the centre's facilitators to look. Reporting twice is harmless."""
    if message is not None:
        _require(permissions.can_report_message(reporter, message))
    else:
        _require(tip is not None and permissions.can_report_tip(reporter, tip))
    reason = clean_text(reason, max_length=REASON_MAX_LENGTH, required=False)
    person_lock(reporter)  # « twice is harmless » and the rate hold for two clicks at once
    existing = Report.objects.filter(
        reporter=reporter, message=message, tip=tip, handled_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    since = timezone.now() - RATE_LIMIT_WINDOW
    if Report.objects.filter(reporter=reporter, created_at__gte=since).count() >= (
        RATE_LIMIT_REPORTS
    ):
        raise RateLimited(_rate_limit_message())
    return Report.objects.create(reporter=reporter, message=message, tip=tip, reason=reason)


def report_handle(*, moderator, report, hide):
    """Hide what was reported, or leave it visible; every open report on it is closed."""
    if report.message_id:
        return message_set_hidden(moderator=moderator, message=report.message, hidden=hide)
    if hide:
        return tip_reject(reviewer=moderator, tip=report.tip)
    _require(permissions.can_review_tip(moderator, report.tip))
    Report.objects.filter(tip=report.tip, handled_at__isnull=True).update(
        handled_at=timezone.now(), handled_by=moderator, outcome=Report.Outcome.KEPT
    )
    return report.tip


# --- mentors and pairings --------------------------------------------------------------------


def mentor_create(*, by, first_name):
    """A mentor account made by a facilitator of their centre, with an access card."""
    _require(permissions.facilitates(by, by) and by.centre_id is not None)
    return person_with_code_create(centre=by.centre, first_name=first_name, role=MENTORS)


def mentor_role_grant(*, by, person):
    """A learner of the centre becomes a mentor (and stays a learner)."""
    _require(permissions.facilitates(by, person))
    person.groups.add(role_group(MENTORS))
    return person


@transaction.atomic
def mentor_role_revoke(*, by, mentor):
    """The mentor role ends, and with it every pairing of that mentor."""
    _require(permissions.facilitates(by, mentor))
    person_lock(mentor)  # a pairing proposed at this moment waits, then sees no role
    mentor.groups.remove(*Group.objects.filter(name=MENTORS))
    Pairing.objects.filter(
        mentor=mentor, status__in=[Pairing.Status.PROPOSED, Pairing.Status.ACCEPTED]
    ).update(status=Pairing.Status.ENDED, ended_at=timezone.now())
    return mentor


@transaction.atomic
def pairing_propose(*, by, mentor, learner):
    """A facilitator proposes a mentor to a learner of their centre; the learner decides.
    The mentor's role is read under their lock: a withdrawal at the same moment comes first
    or after, never in between."""
    _require(permissions.facilitates(by, learner) and permissions.facilitates(by, mentor))
    person_lock(mentor)
    names = set(mentor.groups.values_list("name", flat=True))
    if MENTORS not in names:
        raise Refused(_("Cette personne n'est pas ange gardien."))
    if not learner.groups.filter(name=LEARNERS).exists():
        raise Refused(_("Cette personne n'est pas apprenante."))
    if mentor.pk == learner.pk:
        raise Refused(_("On ne peut pas être son propre ange gardien."))
    if mentor.centre_id != learner.centre_id:
        raise Refused(_("L'ange gardien et l'apprenant doivent être du même centre."))
    already = _("Ce binôme existe déjà (proposé ou accepté).")
    try:
        with transaction.atomic():
            pairing = Pairing.objects.create(mentor=mentor, learner=learner, proposed_by=by)
    except IntegrityError as error:
        raise Refused(already) from error
    notifications.pairing_proposed(pairing)
    return pairing


def _learner_decides(learner, pairing, expected):
    if pairing.learner_id != learner.pk:
        raise PermissionDenied
    if pairing.status not in expected:
        raise Refused(NO_LONGER_AWAITS)


def _pairing_move(pairing, expected, message, **changes):
    """Change the pairing only if it is still in an expected state, checked in the update
    itself: a pairing ended by the facilitator a moment before is never accepted again."""
    if not Pairing.objects.filter(pk=pairing.pk, status__in=expected).update(**changes):
        raise Refused(message)
    for field, value in changes.items():
        setattr(pairing, field, value)
    return pairing


NO_LONGER_AWAITS = gettext_lazy("Ce binôme n'attend plus votre réponse.")
ALREADY_ENDED = gettext_lazy("Ce binôme est déjà terminé.")


def pairing_accept(*, learner, pairing):
    _learner_decides(learner, pairing, {Pairing.Status.PROPOSED})
    return _pairing_move(
        pairing,
        [Pairing.Status.PROPOSED],
        NO_LONGER_AWAITS,
        status=Pairing.Status.ACCEPTED,
        accepted_at=timezone.now(),
    )


def pairing_end(*, by, pairing):
    """The learner refuses or ends it, or a facilitator of the centre ends it."""
    if by.pk != pairing.learner_id:
        _require(permissions.can_manage_pairing(by, pairing))
    if not pairing.is_active:
        raise Refused(ALREADY_ENDED)
    return _pairing_move(
        pairing,
        [Pairing.Status.PROPOSED, Pairing.Status.ACCEPTED],
        ALREADY_ENDED,
        status=Pairing.Status.ENDED,
        ended_at=timezone.now(),
    )
