"""Who may do what with workshops: a centre's facilitators run its workshops (they stand in
for each other), admins run all; a learner sees only the sessions they are in."""

from accounts.roles import is_facilitator

from .models import Enrolment, Session, Workshop


def workshops_managed_by(user):
    if user.is_superuser:
        return Workshop.objects.all()
    if not is_facilitator(user) or user.centre_id is None:
        return Workshop.objects.none()
    return Workshop.objects.filter(centre_id=user.centre_id)


def sessions_managed_by(user):
    if user.is_superuser:
        return Session.objects.all()
    if not is_facilitator(user) or user.centre_id is None:
        return Session.objects.none()
    return Session.objects.filter(centre_id=user.centre_id)


def can_manage_session(user, session):
    return user.is_superuser or (
        is_facilitator(user) and user.centre_id is not None and user.centre_id == session.centre_id
    )


def enrolments_of(user):
    """The learner's own places (enrolled or waiting), never anyone else's."""
    if not user.is_authenticated:
        return Enrolment.objects.none()
    return Enrolment.objects.filter(user=user).exclude(status=Enrolment.Status.CANCELLED)


def may_sign_up_alone(user):
    """Whether the person's centre lets learners sign themselves up for its sessions."""
    return bool(user.is_authenticated and user.centre_id and user.centre.learners_sign_up)
