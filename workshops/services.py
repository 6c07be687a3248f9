"""Writes for workshops: the timetable, sessions, enrolment with a waiting list, attendance.

Every check on places is made under a lock on the session row, and the count it compares is
taken after the lock: two facilitators enrolling the last place at once give it to one person
(the other goes on the waiting list), and lowering the places while a learner signs up never
leaves more people enrolled than places."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import hooks
from .models import Enrolment, Room, Session

Status = Enrolment.Status


def _refuse_past(starts_at, now=None):
    if starts_at <= (now or timezone.now()):
        raise ValidationError(
            _("Cette date est déjà passée : choisissez une date à venir."),
            code="past",
        )


def room_overlaps(*, room, starts_at, ends_at, exclude_pk=None):
    """Sessions already planned in the room that overlap [starts_at, ends_at)."""
    clashes = Session.objects.filter(
        room=room, is_cancelled=False, starts_at__lt=ends_at, ends_at__gt=starts_at
    )
    if exclude_pk is not None:
        clashes = clashes.exclude(pk=exclude_pk)
    return clashes


def _refuse_overlap(*, room, starts_at, ends_at, exclude_pk=None):
    clash = room_overlaps(
        room=room, starts_at=starts_at, ends_at=ends_at, exclude_pk=exclude_pk
    ).first()
    if clash is not None:
        local = timezone.localtime(clash.starts_at)
        raise ValidationError(
            _("La salle « %(room)s » est déjà prise par « %(title)s » le %(date)s à %(time)s.")
            % {
                "room": room.name,
                "title": clash.title,
                "date": local.strftime("%d/%m/%Y"),
                "time": local.strftime("%H:%M"),
            },
            code="overlap",
        )


def _lock_room(room):
    # Creating sessions in one room one at a time keeps two overlapping ones from both passing.
    return Room.objects.select_for_update().get(pk=room.pk)


@transaction.atomic
def session_create(
    *,
    centre,
    title,
    room,
    starts_at,
    ends_at,
    track=None,
    facilitator=None,
    places=8,
    workshop=None,
    now=None,
):
    if room.centre_id != centre.pk:
        raise ValidationError(_("Cette salle est dans un autre centre."))
    if ends_at <= starts_at:
        raise ValidationError(
            _("La fin doit venir après le début."),
            code="order",
        )
    _refuse_past(starts_at, now)
    _lock_room(room)
    _refuse_overlap(room=room, starts_at=starts_at, ends_at=ends_at)
    return Session.objects.create(
        centre=centre,
        workshop=workshop,
        title=title,
        track=track,
        room=room,
        facilitator=facilitator,
        starts_at=starts_at,
        ends_at=ends_at,
        places=places,
    )


def _dates(weekday, first, last):
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    while day <= last:
        yield day
        day += datetime.timedelta(days=7)


def sessions_generate(*, workshop, weeks=8, now=None):
    """Dated sessions for the coming weeks. Returns (created, skipped): a date already there is
    left as it is; a date in the past or in a room taken at that time is skipped with why."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    tz = timezone.get_current_timezone()
    created, skipped = [], []
    for day in _dates(workshop.weekday, today, today + datetime.timedelta(weeks=weeks)):
        starts_at = datetime.datetime.combine(day, workshop.start_time, tzinfo=tz)
        ends_at = starts_at + datetime.timedelta(minutes=workshop.minutes)
        if Session.objects.filter(workshop=workshop, starts_at=starts_at).exists():
            continue
        try:
            created.append(
                session_create(
                    centre=workshop.centre,
                    workshop=workshop,
                    title=workshop.name,
                    track=workshop.track,
                    room=workshop.room,
                    facilitator=workshop.facilitator,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    places=workshop.places,
                    now=now,
                )
            )
        except ValidationError as error:
            skipped.append((day, error.messages[0]))
    return created, skipped


def workshop_save(*, workshop):
    """The timetable line; its room must be one of its centre's."""
    if workshop.room.centre_id != workshop.centre_id:
        raise ValidationError(_("Cette salle est dans un autre centre."))
    workshop.full_clean()
    workshop.save()
    return workshop


def _refuse_closed(session, now=None):
    if session.is_cancelled:
        raise ValidationError(_("Cette séance est annulée."), code="cancelled")
    if session.ends_at <= (now or timezone.now()):
        raise ValidationError(
            _("Cette séance est terminée : inscrivez la personne à une séance à venir."),
            code="past",
        )


@transaction.atomic
def enrolment_add(*, session, user, now=None):
    """Enrol a person: a place if there is one, else the waiting list. Returns the row."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    _refuse_closed(session, now)
    if user.centre_id != session.centre_id:
        raise ValidationError(
            _("Cette personne est inscrite dans un autre centre."),
            code="centre",
        )
    row = Enrolment.objects.filter(session=session, user=user).first()
    if row is not None and row.status != Status.CANCELLED:
        return row
    taken = _enrolled_count(session)
    status = Status.ENROLLED if taken < session.places else Status.WAITING
    if row is None:
        return Enrolment.objects.create(session=session, user=user, status=status)
    # Coming back after cancelling: at the end of the queue, like anyone new.
    row.status = status
    row.created_at = now or timezone.now()
    row.attended = None
    row.save(update_fields=["status", "created_at", "attended"])
    return row


def _promote_waiting(session):
    free = session.places - _enrolled_count(session)
    if free <= 0:
        return []
    promoted = list(
        Enrolment.objects.filter(session=session, status=Status.WAITING).order_by(
            "created_at", "pk"
        )[:free]
    )
    Enrolment.objects.filter(pk__in=[row.pk for row in promoted]).update(status=Status.ENROLLED)
    return promoted


@transaction.atomic
def enrolment_cancel(*, enrolment):
    """Free the place; the first on the waiting list gets it. Returns who was promoted."""
    session = Session.objects.select_for_update().get(pk=enrolment.session_id)
    Enrolment.objects.filter(pk=enrolment.pk).update(status=Status.CANCELLED, hand_raised_at=None)
    return _promote_waiting(session)


def _enrolled_count(session):
    return Enrolment.objects.filter(session=session, status=Status.ENROLLED).count()


@transaction.atomic
def session_places_set(*, session, places):
    """Change the number of places; never below the people already enrolled (counted under
    the lock, so that a sign-up at the same moment is counted too)."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    enrolled = _enrolled_count(session)
    if places < enrolled:
        raise ValidationError(
            _("%(n)s personnes sont déjà inscrites : désinscrivez-en avant de réduire les places.")
            % {"n": enrolled},
            code="below_enrolled",
        )
    session.places = places
    session.full_clean()
    session.save(update_fields=["places"])
    return _promote_waiting(session)


def attendance_set(*, enrolment, attended):
    """Present or absent, in one click; only for people with a place, checked in the update
    itself (a place cancelled a moment before is not marked present)."""
    updated = Enrolment.objects.filter(pk=enrolment.pk, status=Status.ENROLLED).update(
        attended=attended
    )
    if not updated:
        raise ValidationError(
            _("Cette personne n'a pas de place dans la séance."),
            code="not_enrolled",
        )
    enrolment.attended = attended
    hooks.attendance_taken(enrolment=enrolment)
    return enrolment


@transaction.atomic
def session_cancel(*, session):
    Session.objects.filter(pk=session.pk).update(is_cancelled=True)
