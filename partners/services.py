"""Writes about partners. Each one checks the permission itself (views check first, for a kind
page) and writes in one transaction."""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from accounts.locks import person_lock
from accounts.roles import AGENTS, role_group
from mentoring.services import Refused

from . import permissions
from .models import Agent

__all__ = ["Refused", "agent_invite", "invitation_path"]


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
