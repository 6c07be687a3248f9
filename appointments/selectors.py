"""The reads that feed the appointment pages; each a constant number of queries however many
slots and bookings there are."""

import datetime
from itertools import groupby

from django.db.models import FilteredRelation, Prefetch, Q
from django.utils import timezone

from .models import Booking
from .permissions import bookings_of, slots_open_to, slots_run_by

# How far ahead a learner sees the free slots, and the staff their week list.
LEARNER_DAYS = 28


def _by_day(slots):
    return [
        {"day": day, "slots": list(items)}
        for day, items in groupby(slots, key=lambda slot: timezone.localdate(slot.starts_at))
    ]


def free_slots_for(user, *, days=LEARNER_DAYS):
    """The learner's centre's coming free slots, grouped by day: one query."""
    now = timezone.now()
    slots = (
        slots_open_to(user)
        .filter(
            cancelled_at__isnull=True,
            starts_at__gt=now,
            starts_at__lt=now + datetime.timedelta(days=days),
        )
        .annotate(
            active=FilteredRelation("bookings", condition=Q(bookings__cancelled_at__isnull=True))
        )
        .filter(active__isnull=True)
        .select_related("helper")
    )
    return _by_day(slots)


def coming_bookings_of(user):
    """The learner's appointments still to come (cancelled slots included, to say so): one
    query."""
    since = timezone.now() - datetime.timedelta(hours=1)
    return list(
        bookings_of(user)
        .filter(cancelled_at__isnull=True, slot__starts_at__gt=since)
        .select_related("slot", "slot__helper")
        .order_by("slot__starts_at")
    )


def past_bookings_of(user, limit=10):
    since = timezone.now() - datetime.timedelta(hours=1)
    return list(
        bookings_of(user)
        .filter(cancelled_at__isnull=True, slot__starts_at__lte=since)
        .select_related("slot")
        .order_by("-slot__starts_at")[:limit]
    )


def next_appointment(user):
    """For the home page: the learner's next appointment, or the next one cancelled by the
    centre (« ne vous déplacez pas »). One query, none for people signed out."""
    if not user.is_authenticated:
        return None
    return (
        bookings_of(user)
        .filter(cancelled_at__isnull=True, slot__starts_at__gt=timezone.now())
        .select_related("slot", "slot__helper")
        .order_by("slot__starts_at")
        .first()
    )


def staff_days(user, *, start, days):
    """The centre's slots from `start` for `days` days, each with its active booking, grouped
    by day: two queries."""
    zone = timezone.get_current_timezone()
    begin = datetime.datetime.combine(start, datetime.time(0), tzinfo=zone)
    slots = (
        slots_run_by(user)
        .filter(starts_at__gte=begin, starts_at__lt=begin + datetime.timedelta(days=days))
        .select_related("helper", "centre")
        .prefetch_related(
            Prefetch(
                "bookings",
                queryset=Booking.objects.filter(cancelled_at__isnull=True).select_related(
                    "learner"
                ),
                to_attr="active_bookings",
            )
        )
    )
    return _by_day(slots)


def active_booking(slot):
    bookings = getattr(slot, "active_bookings", None)
    if bookings is not None:
        return bookings[0] if bookings else None
    return slot.bookings.filter(cancelled_at__isnull=True).select_related("learner").first()
