"""RGPD for appointments. Export: the person's bookings, and the slots they published or help
in. Erasure: coming bookings are given up (the slot is free again), every booking stays for the
figures without the person; a helper's or publisher's name goes, the slot stays."""

from django.utils import timezone

from .models import Booking, Slot


def _at(value):
    return value.isoformat() if value else None


def export_bookings(user):
    """The person's own appointments (those the desk booked for someone else are that
    person's, not the staff's: erasure only detaches the staff from them)."""
    bookings = Booking.objects.filter(learner=user).select_related("slot", "slot__centre")
    return [
        {
            "centre": booking.slot.centre.name,
            "starts_at": _at(booking.slot.starts_at),
            "minutes": booking.slot.minutes,
            "place": booking.slot.place,
            "note": booking.slot.note,
            "purpose": booking.purpose,
            "purpose_label": booking.get_purpose_display(),
            "booked_by_you": booking.booked_by_id == user.pk,
            "booked_at": _at(booking.created_at),
            "cancelled_at": _at(booking.cancelled_at),
            "slot_cancelled_at": _at(booking.slot.cancelled_at),
            "attended": booking.attended,
            "attendance_noted_at": _at(booking.attendance_at),
            "visitor_name": booking.visitor_name,
            "visitor_phone": booking.visitor_phone,
            "visitor_forgotten_at": _at(booking.visitor_forgotten_at),
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
