"""Who sees which slots and bookings. The centre's staff (its facilitators, by the one centre
rule of accounts.scope, and its « Conseillers emploi ») publish slots and see every booking of
their centre; a learner sees the free slots of their own centre and only their own bookings."""

from django.contrib.auth import get_user_model

from accounts import scope
from accounts.roles import COUNSELLORS, FACILITATORS, LEARNERS, role_names

from .models import Booking, Slot


def is_counsellor(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and user.centre_id
        and COUNSELLORS in role_names(user)
    )


def staff_centre_ids(user):
    """scope.EVERY_CENTRE for an administrator, else the (possibly empty) set of centres whose
    appointments this person runs."""
    ids = scope.centre_ids(user)
    if ids is scope.EVERY_CENTRE or ids:
        return ids
    if is_counsellor(user):
        return frozenset({user.centre_id})
    return frozenset()


def is_staff(user):
    return staff_centre_ids(user) != frozenset()


def _scoped(queryset, user, path):
    ids = staff_centre_ids(user)
    if ids is scope.EVERY_CENTRE:
        return queryset
    return queryset.filter(**{f"{path}__in": sorted(ids)})


def slots_run_by(user):
    return _scoped(Slot.objects.all(), user, "centre_id")


def bookings_run_by(user):
    return _scoped(Booking.objects.all(), user, "slot__centre_id")


def is_learner(user):
    return bool(
        user.is_authenticated and user.is_active and user.centre_id and LEARNERS in role_names(user)
    )


def slots_open_to(user):
    """The slots a learner may book: their own centre's, nobody else's."""
    if not is_learner(user):
        return Slot.objects.none()
    return Slot.objects.filter(centre_id=user.centre_id)


def bookings_of(user):
    """A learner's own bookings, never anyone else's."""
    if not user.is_authenticated:
        return Booking.objects.none()
    return Booking.objects.filter(learner=user)


def helpers_of(centre_id):
    """Who may be named as the person who helps: the centre's facilitators and counsellors."""
    return (
        get_user_model()
        .objects.filter(
            centre_id=centre_id, is_active=True, groups__name__in=[FACILITATORS, COUNSELLORS]
        )
        .distinct()
        .order_by("first_name", "username")
    )


def learners_of(centre_id):
    return (
        get_user_model()
        .objects.filter(centre_id=centre_id, is_active=True, groups__name=LEARNERS)
        .order_by("first_name", "last_name", "username")
    )
