"""One-to-one help at the Espace Public in the demo: every Tuesday and Thursday afternoon in
30-minute slots for the four weeks to come, and Josiane's appointment for her CV. A second run
adds nothing (slots the facilitator already has are skipped)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from appointments import services
from appointments.models import Booking, Purpose
from appointments.permissions import slots_open_to
from workshops.models import Room

DAYS = (1, 3)  # Tuesday, Thursday
START, END = datetime.time(14, 0), datetime.time(17, 0)
WEEKS = 4
NOTE = "Apportez vos papiers et, si vous en avez une, votre clé USB."


def _next(weekday):
    today = timezone.localdate()
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7)


def load_appointments(*, centre, facilitator):
    """Returns how many slots were published (0 on a second run the same day)."""
    room = Room.objects.get_or_create(centre=centre, name="Espace Public")[0]
    made = 0
    for weekday in DAYS:
        created, _skipped = services.slots_publish(
            centre=centre,
            first_day=_next(weekday),
            start=START,
            end=END,
            minutes=30,
            weeks=WEEKS,
            room=room,
            helper=facilitator,
            note=NOTE,
            by=facilitator,
        )
        made += created
    josiane = get_user_model().objects.filter(centre=centre, first_name="Josiane").first()
    if (
        josiane is not None
        and not Booking.objects.filter(
            learner=josiane, cancelled_at__isnull=True, slot__starts_at__gt=timezone.now()
        ).exists()
    ):
        slot = (
            slots_open_to(josiane)
            .filter(cancelled_at__isnull=True, starts_at__gt=timezone.now(), bookings__isnull=True)
            .order_by("starts_at")
            .first()
        )
        if slot is not None:
            services.booking_create(slot=slot, learner=josiane, purpose=Purpose.CV)
    return made
