"""The centre's week as the demo shows it: two rooms, seven 1h30 workshops, their sessions.

Job search is one-to-one help at the Espace Public, so it has no weekly workshop."""

import datetime

from courses.models import CoursePage
from workshops import services
from workshops.models import Room, Workshop

ROOMS = [("Espace Atelier", 8), ("Espace Public", 8)]
WEEK = [
    (0, datetime.time(9, 30), "bases-ordinateur"),
    (0, datetime.time(14, 0), "naviguer-internet"),
    (1, datetime.time(9, 30), "demarches-en-ligne"),
    (1, datetime.time(14, 0), "email-bureautique"),
    (3, datetime.time(9, 30), "retoucher-ses-photos"),
    (3, datetime.time(14, 0), "demarches-en-ligne"),
    (4, datetime.time(9, 30), "bases-ordinateur"),
]


def load_week(*, centre, facilitator, weeks=4):
    """Rooms and timetable once (a second run adds nothing), then the weeks to come."""
    rooms = {
        name: Room.objects.get_or_create(centre=centre, name=name, defaults={"computers": n})[0]
        for name, n in ROOMS
    }
    tracks = {page.slug: page for page in CoursePage.objects.filter(slug__in={s for *_, s in WEEK})}
    created = 0
    for weekday, start, slug in WEEK:
        workshop, _ = Workshop.objects.get_or_create(
            centre=centre,
            weekday=weekday,
            start_time=start,
            room=rooms["Espace Atelier"],
            defaults={"track": tracks.get(slug), "facilitator": facilitator},
        )
        created += len(services.sessions_generate(workshop=workshop, weeks=weeks)[0])
    return created
