"""Writes about partners. Each one checks the permission itself (views check first, for a kind
page) and writes in one transaction."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from accounts.locks import person_lock
from accounts.roles import AGENTS, role_group
from mentoring.limits import (
    RATE_LIMIT_POSTS,
    RATE_LIMIT_REPORTS,
    RATE_LIMIT_WINDOW,
    REASON_MAX_LENGTH,
)
from mentoring.services import RateLimited, Refused
from mentoring.text import clean_text

from . import masking, permissions
from .models import (
    Agent,
    FrequentQuestion,
    Permanence,
    QuestionFact,
    ServiceMessage,
    ServiceQuestion,
    ServiceReadMark,
    ServiceReport,
    Visit,
)

__all__ = ["RateLimited", "Refused"]


def _require(allowed):
    if not allowed:
        raise PermissionDenied


def invitation_path(user):
    """The one-time address where an invited agent chooses their password; it stops working
    once a password is set (the token depends on it)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("partners:invitation", args=[uid, token])


@transaction.atomic
def agent_invite(*, by, organisation, first_name, last_name, email, centre=None):
    """A facilitator invites an agent to their centre: a new password account without a
    password yet, or, for an agent of the same organisation already invited by another centre,
    one more centre served. Returns the agent."""
    _require(permissions.can_manage_agents(by))
    centre = centre if by.is_superuser and centre is not None else by.centre
    _require(centre is not None and permissions.facilitates_centre(by, centre.pk))
    email = email.strip().lower()
    user_model = get_user_model()
    existing = user_model.objects.filter(username=email).first()
    if existing is not None:
        person_lock(existing)
        agent = Agent.objects.filter(user=existing).first()
        if agent is None or agent.organisation_id != organisation.pk:
            raise Refused(
                _(
                    "Cette adresse est déjà celle d'un autre compte du site. Demandez à l'agent "
                    "l'adresse de sa messagerie professionnelle."
                )
            )
        agent.centres.add(centre)
        return agent
    user = user_model(
        username=email,
        email=email,
        first_name=first_name,
        last_name=last_name,
        centre=centre,
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(role_group(AGENTS))
    agent = Agent.objects.create(user=user, organisation=organisation, invited_by=by)
    agent.centres.add(centre)
    return agent


@transaction.atomic
def agent_remove_from_centre(*, by, agent, centre=None):
    """A facilitator stops an agent serving their centre. The agent keeps their account, their
    organisation and the other centres they serve; their coming permanences here are withdrawn
    (nobody would be there). Their past answers stay with the learners' questions."""
    _require(permissions.can_manage_agents(by))
    centre = centre if by.is_superuser and centre is not None else by.centre
    _require(centre is not None and permissions.facilitates_centre(by, centre.pk))
    person_lock(agent.user)
    _require(agent.centres.filter(pk=centre.pk).exists())
    agent.centres.remove(centre)
    Permanence.objects.filter(
        agent=agent.user, centre=centre, starts_at__gt=timezone.now()
    ).delete()
    if agent.user.centre_id == centre.pk:
        # The account's home centre follows one still served, so that this centre's lists of
        # people no longer hold the agent.
        agent.user.centre = agent.centres.order_by("pk").first()
        agent.user.save(update_fields=["centre"])
    return agent


# --- permanences -----------------------------------------------------------------------------


def _check_times(starts_at, ends_at):
    if ends_at <= starts_at:
        raise ValidationError(
            _("L'heure de fin doit venir après l'heure de début."), code="ends_before"
        )
    if starts_at < timezone.now():
        raise ValidationError(_("Cette date est passée : choisissez un jour à venir."), code="past")


def permanence_create(*, agent_user, centre, starts_at, ends_at, place, session=None):
    """An agent announces a permanence at one of the centres they serve; at a session, its
    time and room are the session's."""
    _require(permissions.can_add_permanence(agent_user, centre.pk))
    agent = permissions.agent_of(agent_user)
    if session is not None:
        if session.centre_id != centre.pk:
            raise ValidationError(_("Cette séance n'est pas dans ce centre."), code="other_centre")
        starts_at, ends_at, place = session.starts_at, session.ends_at, str(session.title)
    _check_times(starts_at, ends_at)
    place = " ".join((place or "").split())[:120]
    if not place:
        raise ValidationError(_("Écrivez le lieu : par exemple « Espace Public »."), code="place")
    return Permanence.objects.create(
        organisation_id=agent.organisation_id,
        agent=agent_user,
        centre=centre,
        session=session,
        place=place,
        starts_at=starts_at,
        ends_at=ends_at,
    )


def permanence_delete(*, by, permanence):
    _require(permissions.can_remove_permanence(by, permanence))
    permanence.delete()


def visit_set(*, learner, permanence, coming=True):
    """« Je viendrai avec une question », or no longer. Saying it twice is harmless."""
    _require(permissions.can_say_coming(learner, permanence))
    if permanence.ends_at <= timezone.now():
        raise Refused(_("Cette permanence est passée."))
    if coming:
        Visit.objects.get_or_create(permanence=permanence, learner=learner)
    else:
        Visit.objects.filter(permanence=permanence, learner=learner).delete()


# --- questions to a service ------------------------------------------------------------------


def _check_post_rate(author, now):
    since = now - RATE_LIMIT_WINDOW
    if ServiceMessage.objects.filter(author=author, created_at__gte=since).count() >= (
        RATE_LIMIT_POSTS
    ):
        raise RateLimited(
            _(
                "Vous avez écrit beaucoup de messages en peu de temps. Attendez quelques "
                "minutes, puis recommencez."
            )
        )


def _masked(text):
    """The text to store: cleaned as mentoring's texts are, then masked. The text as typed
    goes no further than this function (never stored, never logged)."""
    return masking.mask(clean_text(text))


def question_ask(*, learner, organisation, text, lesson=None, permanence=None):
    """A learner asks a service. Returns the question and what was masked in it."""
    _require(permissions.can_ask(learner))
    if permanence is not None and (
        permanence.centre_id != learner.centre_id or permanence.organisation_id != organisation.pk
    ):
        raise PermissionDenied
    masked = _masked(text)
    with transaction.atomic():
        person_lock(learner)
        _check_post_rate(learner, timezone.now())
        question = ServiceQuestion.objects.create(
            learner=learner,
            organisation=organisation,
            lesson_id=lesson.pk if lesson is not None else None,
            lesson_title=lesson.title[:255] if lesson is not None else "",
            permanence=permanence,
        )
        message = ServiceMessage.objects.create(question=question, author=learner, text=masked.text)
        ServiceQuestion.objects.filter(pk=question.pk).update(
            created_at=message.created_at, last_message_at=message.created_at
        )
        ServiceReadMark.objects.create(
            question=question, user=learner, last_read_at=message.created_at
        )
        QuestionFact.objects.create(
            centre_id=learner.centre_id, organisation=organisation, asked_at=message.created_at
        )
    return question, masked.kinds


def message_post(*, author, question, text):
    """An agent's (or a facilitator's) answer, or the learner's follow-up."""
    _require(permissions.can_post(author, question))
    masked = _masked(text)
    with transaction.atomic():
        person_lock(author)
        _check_post_rate(author, timezone.now())
        message = ServiceMessage.objects.create(question=question, author=author, text=masked.text)
        ServiceQuestion.objects.filter(pk=question.pk).update(last_message_at=message.created_at)
        question.last_message_at = message.created_at
        questions_mark_read(user=author, questions=[question], at=message.created_at)
    return message, masked.kinds


def message_edit(*, author, message, text):
    _require(permissions.can_edit_message(author, message))
    masked = _masked(text)
    message.text = masked.text
    message.edited_at = timezone.now()
    message.save(update_fields=["text", "edited_at"])
    return message, masked.kinds


@transaction.atomic
def message_delete(*, author, message):
    """Withdraw one's own message within the edit window; a question nobody answered yet goes
    with it."""
    _require(permissions.can_edit_message(author, message))
    question = message.question
    others = question.messages.exclude(pk=message.pk).filter(deleted_at__isnull=True)
    if message.author_id == question.learner_id and not others.exists():
        question.delete()
        return None
    message.text = ""
    message.deleted_at = timezone.now()
    message.save(update_fields=["text", "deleted_at"])
    return message


@transaction.atomic
def message_set_hidden(*, moderator, message, hidden=True):
    """Hide or show again; the open reports on the message are closed with that decision."""
    _require(permissions.can_moderate(moderator, message.question))
    message.hidden_at = timezone.now() if hidden else None
    message.hidden_by = moderator if hidden else None
    message.save(update_fields=["hidden_at", "hidden_by"])
    ServiceReport.objects.filter(message=message, handled_at__isnull=True).update(
        handled_at=timezone.now(),
        handled_by=moderator,
        outcome=ServiceReport.Outcome.HIDDEN if hidden else ServiceReport.Outcome.KEPT,
    )
    return message


@transaction.atomic
def report_create(*, reporter, message, reason=""):
    """« Signaler »: asks the centre's facilitators to look. Reporting twice is harmless."""
    _require(permissions.can_report_message(reporter, message))
    person_lock(reporter)
    existing = ServiceReport.objects.filter(
        reporter=reporter, message=message, handled_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    since = timezone.now() - RATE_LIMIT_WINDOW
    if ServiceReport.objects.filter(reporter=reporter, created_at__gte=since).count() >= (
        RATE_LIMIT_REPORTS
    ):
        raise RateLimited(
            _("Vous avez déjà signalé beaucoup de messages. Réessayez dans un moment.")
        )
    # A reason is a free text too: identifiers are masked in it before it is stored.
    reason = clean_text(reason, max_length=REASON_MAX_LENGTH, required=False)
    reason = masking.mask(reason).text if reason else ""
    return ServiceReport.objects.create(reporter=reporter, message=message, reason=reason)


def report_handle(*, moderator, report, hide):
    """Hide what was reported, or leave it visible: every open report on it is closed."""
    return message_set_hidden(moderator=moderator, message=report.message, hidden=hide)


def question_set_hidden(*, moderator, question, hidden=True):
    """A facilitator takes a whole question out of the agents' view."""
    _require(permissions.can_moderate(moderator, question))
    question.hidden_at = timezone.now() if hidden else None
    question.hidden_by = moderator if hidden else None
    question.save(update_fields=["hidden_at", "hidden_by"])
    return question


def questions_mark_read(*, user, questions, at=None):
    if not user.is_authenticated or not questions:
        return
    at = at or timezone.now()
    ServiceReadMark.objects.bulk_create(
        [ServiceReadMark(question_id=q.pk, user=user, last_read_at=at) for q in questions],
        update_conflicts=True,
        unique_fields=["question", "user"],
        update_fields=["last_read_at"],
    )


# --- frequent questions ----------------------------------------------------------------------


def _without_name(text, person):
    """A frequent question is public: the learner's names never appear in it."""
    for name in {person.first_name, person.last_name, person.display_name} - {""}:
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE):
            raise ValidationError(
                _(
                    "Le texte contient le nom de l'apprenant (« %(name)s ») : retirez-le, la "
                    "question fréquente est lue par tout le monde."
                ),
                code="name",
                params={"name": name},
            )
    return text


def frequent_propose(*, agent_user, message, question, answer):
    """An agent's answer becomes a frequent question, waiting for a facilitator of the centre
    it came from."""
    _require(permissions.can_propose_frequent(agent_user, message))
    learner = message.question.learner
    question = _without_name(masking.mask(clean_text(question)).text, learner)
    answer = _without_name(masking.mask(clean_text(answer)).text, learner)
    return FrequentQuestion.objects.create(
        organisation_id=message.question.organisation_id,
        centre_id=learner.centre_id,
        source=message,
        agent=agent_user,
        question=question,
        answer=answer,
    )


def frequent_review(*, reviewer, frequent, approve):
    _require(permissions.can_review_frequent(reviewer, frequent))
    frequent.status = (
        FrequentQuestion.Status.APPROVED if approve else FrequentQuestion.Status.REJECTED
    )
    frequent.reviewed_by, frequent.reviewed_at = reviewer, timezone.now()
    frequent.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    return frequent
