"""A session under way on the first demo track, in a room of its own, with the learners
enrolled. `places` limits it (the others wait), `present` marks the first one present, and
`tomorrow` gives the first learner a place in tomorrow's session too."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import CoursePage
from workshops.models import Room
from workshops.services import attendance_set, enrolment_add, session_create


def main(
    usernames, facilitator, room, title, started_minutes, places=None, present=False, tomorrow=False
):
    users = get_user_model().objects
    learners = [users.get(username=name) for name in usernames]
    facilitator = users.get(username=facilitator)
    centre = learners[0].centre
    room = Room.objects.create(centre=centre, name=room)
    track = CoursePage.objects.live().order_by("path").first()
    now = timezone.now()
    session = session_create(
        centre=centre,
        title=title,
        track=track,
        room=room,
        facilitator=facilitator,
        starts_at=now - datetime.timedelta(minutes=started_minutes),
        ends_at=now + datetime.timedelta(minutes=90 - started_minutes),
        now=now - datetime.timedelta(hours=1),
        **({"places": places} if places else {}),
    )
    enrolments = [enrolment_add(session=session, user=learner) for learner in learners]
    if present:
        attendance_set(enrolment=enrolments[0], attended=True)
    if tomorrow:
        next_one = session_create(
            centre=centre,
            title="Atelier de demain",
            track=track,
            room=room,
            facilitator=facilitator,
            starts_at=now + datetime.timedelta(days=1),
            ends_at=now + datetime.timedelta(days=1, hours=1),
        )
        enrolment_add(session=next_one, user=learners[0])
    print(json.dumps({"session": session.pk, "learner": learners[0].pk, "course": track.pk}))
