"""RGPD for appointments. Export: the person's bookings, and the slots they published or help
in. Erasure: coming bookings are given up (the slot is free again), every booking stays for the
figures without the person; a helper's or publisher's name goes, the slot stays."""

from django.utils import timezone

from .models import Booking, Slot


def _at(value):
    return value.isoformat() if value else None


def export_bookings(user):
    bookings = (
        Booking.objects.filter(learner=user) | Booking.objects.filter(booked_by=user)
    ).select_related("slot", "slot__centre")
    return [
        {
            "yours": booking.learner_id == user.pk,
            "booked_by_you": booking.booked_by_id == user.pk,
            "centre": booking.slot.centre.name,
            "starts_at": _at(booking.slot.starts_at),
            "minutes": booking.slot.minutes,
            "place": booking.slot.place,
            "purpose": booking.get_purpose_display(),
            "booked_at": _at(booking.created_at),
            "cancelled_at": _at(booking.cancelled_at),
            "slot_cancelled_at": _at(booking.slot.cancelled_at),
            "attended": booking.attended,
            # Someone the person booked at the desk: theirs, not the person's, to export.
            "visitor": bool(booking.visitor_name) if booking.learner_id != user.pk else None,
        }
        for booking in bookings.order_by("slot__starts_at", "pk")
    ]


def erase_bookings(user):
    now = timezone.now()
    Booking.objects.filter(learner=user, cancelled_at__isnull=True, slot__starts_at__gt=now).update(
        cancelled_at=now
    )
    Booking.objects.filter(learner=user).update(learner=None)
    Booking.objects.filter(booked_by=user).update(booked_by=None)


def export_slots(user):
    slots = (
        Slot.objects.filter(helper=user) | Slot.objects.filter(created_by=user)
    ).select_related("centre")
    return [
        {
            "centre": slot.centre.name,
            "starts_at": _at(slot.starts_at),
            "minutes": slot.minutes,
            "place": slot.place,
            "note": slot.note,
            "you_help": slot.helper_id == user.pk,
            "published_by_you": slot.created_by_id == user.pk,
            "published_at": _at(slot.created_at),
            "cancelled_at": _at(slot.cancelled_at),
        }
        for slot in slots.order_by("starts_at", "pk")
    ]


def erase_slots(user):
    Slot.objects.filter(helper=user).update(helper=None)
    Slot.objects.filter(created_by=user).update(created_by=None)


HANDLERS = {
    "appointments.Booking": (export_bookings, erase_bookings),
    "appointments.Slot": (export_slots, erase_slots),
}
