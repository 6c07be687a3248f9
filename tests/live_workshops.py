"""A workshop of the test people's centre around now, for the tests of the live bar."""

import datetime

from django.utils import timezone

from workshops.models import Room
from workshops.services import session_create


def workshop_around_now(people, *, starts_in, lasts=datetime.timedelta(minutes=90)):
    """Created an hour ago, starting `starts_in` from now (negative: already started)."""
    now = timezone.now()
    return session_create(
        centre=people["centre"],
        title="Internet pas à pas",
        track=people["course"],
        room=Room.objects.create(centre=people["centre"], name="Salle 1"),
        facilitator=people["facilitator"],
        starts_at=now + starts_in,
        ends_at=now + starts_in + lasts,
        now=now - datetime.timedelta(hours=1),
    )
