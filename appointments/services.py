"""The writes of appointments: publish slots (one or a weekly series), cancel a slot, book,
cancel a booking, mark attendance, forget visitors' names after the retention.

Bad requests raise ValidationError with a plain-French message for the person; a slot taken at
the same instant by someone else comes back as SlotTaken."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Booking, Purpose, Slot

# How many coming appointments one learner may hold at once: enough for a CV and a letter and
# a procedure, not enough to take the week's slots from the others.
MAX_COMING_PER_LEARNER = 3
# The most slots one series may publish (12 weeks of an afternoon in 30-minute slots is 72).
MAX_SERIES_SLOTS = 120
MAX_WEEKS = 12
# A visitor's first name and phone are deleted this long after their slot (the desk may need
# to call them back about what was started); the booking stays, anonymous, for the figures.
VISITOR_RETENTION = datetime.timedelta(days=30)


class SlotTaken(Exception):
    """Someone else booked this slot first (or it was cancelled meanwhile)."""


def _series_times(*, first_day, start, end, minutes, weeks):
    zone = timezone.get_current_timezone()
    step = datetime.timedelta(minutes=minutes)
    for week in range(weeks):
        day = first_day + datetime.timedelta(weeks=week)
        moment = datetime.datetime.combine(day, start, tzinfo=zone)
        last = datetime.datetime.combine(day, end, tzinfo=zone)
        while moment + step <= last:
            yield moment
            moment += step


def slots_publish(*, centre, first_day, start, end, minutes, weeks, room, helper, note, by):
    """Publish the slots from `start` to `end` on `first_day`, in slots of `minutes`, and the
    same on that weekday for `weeks` weeks. A time the helper already has a slot at (a series
    published twice) is skipped. Returns (created, skipped)."""
    if minutes not in (30, 45, 60):
        raise ValidationError(_("Choisissez une durée de 30, 45 ou 60 minutes."))
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(_("Le nombre de semaines va de 1 à %(n)s.") % {"n": MAX_WEEKS})
    if room is not None and room.centre_id != centre.pk:
        raise ValidationError(_("Cette salle n'est pas celle de votre centre."))
    if helper is not None and helper.centre_id != centre.pk:
        raise ValidationError(_("Cette personne n'est pas de votre centre."))
    times = list(
        _series_times(first_day=first_day, start=start, end=end, minutes=minutes, weeks=weeks)
    )
    if not times:
        raise ValidationError(
            _("Entre l'heure de début et l'heure de fin, il n'y a pas la place d'un créneau.")
        )
    if times[0] <= timezone.now():
        raise ValidationError(_("Ce créneau est déjà passé : choisissez une date à venir."))
    if len(times) > MAX_SERIES_SLOTS:
        raise ValidationError(
            _("Cela ferait %(n)s créneaux : %(max)s au plus à la fois.")
            % {"n": len(times), "max": MAX_SERIES_SLOTS}
        )
    place = room.name if room is not None else _("l'accueil")
    with transaction.atomic():
        taken = set(
            Slot.objects.filter(
                centre=centre, helper=helper, cancelled_at__isnull=True, starts_at__in=times
            ).values_list("starts_at", flat=True)
        )
        new = [
            Slot(
                centre=centre,
                starts_at=moment,
                minutes=minutes,
                room=room,
                place=place,
                helper=helper,
                note=note,
                created_by=by,
            )
            for moment in times
            if moment not in taken
        ]
        Slot.objects.bulk_create(new)
    return len(new), len(times) - len(new)


def slot_cancel(*, slot):
    """Cancel a slot: the person booked sees it on their home page (« ne vous déplacez pas »).
    A slot that has begun is history (and counts in the figures): it is not cancelled."""
    if slot.starts_at <= timezone.now():
        raise ValidationError(_("Ce créneau a déjà commencé : il ne peut plus être annulé."))
    if slot.cancelled_at is None:
        slot.cancelled_at = timezone.now()
        slot.save(update_fields=["cancelled_at"])
    return slot


def _check_purpose(purpose):
    if purpose not in Purpose.values:
        raise ValidationError(_("Choisissez pour quoi vous venez."))


def _lock(slot):
    """The slot's row, locked for the booking's transaction (PostgreSQL; SQLite takes one
    writer at a time anyway)."""
    return Slot.objects.select_for_update().get(pk=slot.pk)


def _book(*, slot, by, **fields):
    try:
        with transaction.atomic():
            slot = _lock(slot)
            if slot.cancelled_at is not None:
                raise SlotTaken
            if slot.starts_at <= timezone.now():
                raise ValidationError(_("Ce créneau est déjà passé."))
            if Booking.objects.filter(slot=slot, cancelled_at__isnull=True).exists():
                raise SlotTaken
            return Booking.objects.create(slot=slot, booked_by=by, **fields)
    except IntegrityError as error:
        # The database's one-booking-per-slot rule: someone else was a hair quicker.
        raise SlotTaken from error


def booking_create(*, slot, learner, purpose, by=None):
    """A learner books a free slot of their centre (or the desk books it for them)."""
    _check_purpose(purpose)
    if learner.centre_id != slot.centre_id:
        raise ValidationError(_("Ce créneau n'est pas dans votre centre."))
    coming = Booking.objects.filter(
        learner=learner,
        cancelled_at__isnull=True,
        slot__cancelled_at__isnull=True,
        slot__starts_at__gt=timezone.now(),
    ).count()
    if coming >= MAX_COMING_PER_LEARNER:
        raise ValidationError(
            _(
                "Vous avez déjà %(n)s rendez-vous à venir : c'est le plus possible. "
                "Annulez-en un, ou demandez à l'accueil."
            )
            % {"n": coming}
        )
    return _book(slot=slot, by=by or learner, learner=learner, purpose=purpose)


def booking_create_for_visitor(*, slot, name, phone, purpose, by):
    """The desk books a slot for someone without an account: a first name, maybe a phone."""
    _check_purpose(purpose)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(_("Écrivez le prénom de la personne."))
    return _book(
        slot=slot,
        by=by,
        visitor_name=name[:60],
        visitor_phone=(phone or "").strip()[:20],
        purpose=purpose,
    )


def booking_cancel(*, booking):
    """The learner (or the desk) gives the slot up: it is free again for someone else. Once
    the appointment has begun it is history: venu or pas venu says the rest."""
    if booking.slot.starts_at <= timezone.now():
        raise ValidationError(_("Ce rendez-vous a déjà commencé : il ne peut plus être annulé."))
    if booking.cancelled_at is None:
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["cancelled_at"])
    return booking


def booking_mark_attendance(*, booking, attended):
    """Venu or pas venu, from the day of the appointment on (changeable, the last word wins)."""
    if booking.cancelled_at is not None or booking.slot.cancelled_at is not None:
        raise ValidationError(_("Ce rendez-vous a été annulé."))
    if timezone.localdate(booking.slot.starts_at) > timezone.localdate():
        raise ValidationError(
            _("Le rendez-vous n'a pas encore eu lieu : vous pourrez le noter le jour venu.")
        )
    booking.attended = bool(attended)
    booking.attendance_at = timezone.now()
    booking.save(update_fields=["attended", "attendance_at"])
    return booking


def visitors_forget(*, now=None):
    """Delete the first names and phones of visitors whose slot ended more than
    VISITOR_RETENTION ago. Returns how many bookings were made anonymous."""
    now = now or timezone.now()
    # The longest slot is an hour: ends before (now - retention) means starts an hour earlier.
    limit = now - VISITOR_RETENTION - datetime.timedelta(hours=1)
    return (
        Booking.objects.filter(learner__isnull=True, slot__starts_at__lt=limit)
        .exclude(visitor_name="", visitor_phone="")
        .update(visitor_name="", visitor_phone="", visitor_forgotten_at=now)
    )
