"""Writes about partners. Each one checks the permission itself (views check first, for a kind
page) and writes in one transaction."""

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
from mentoring.services import Refused

from . import permissions
from .models import Agent, Permanence, Visit

__all__ = ["Refused"]


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
