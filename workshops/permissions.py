"""Who may do what with workshops: a centre's facilitators run its workshops (they stand in
for each other), admins run all; a learner sees only the sessions they are in."""

from accounts import scope

from .models import Enrolment, Session, Workshop


def workshops_managed_by(user):
    return scope.scope(Workshop.objects.all(), user)


def sessions_managed_by(user):
    return scope.scope(Session.objects.all(), user)


def can_manage_session(user, session):
    return scope.reaches(user, session)


def enrolments_of(user):
    """The learner's own places (enrolled or waiting), never anyone else's."""
    if not user.is_authenticated:
        return Enrolment.objects.none()
    return Enrolment.objects.filter(user=user).exclude(status=Enrolment.Status.CANCELLED)


def may_sign_up_alone(user):
    """Whether the person's centre lets learners sign themselves up for its sessions."""
    return bool(user.is_authenticated and user.centre_id and user.centre.learners_sign_up)
