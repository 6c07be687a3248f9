"""A visit points to the staff member who recorded it, never to the visitor. An erased
learner's lessons and places are handed to an anonymous stand-in so that the figures stay."""

from accounts.roles import LEARNERS
from progress.models import LessonProgress
from workshops.models import Enrolment

from .models import FormerLearner, FormerLearnerFact, Visit


def export_visits_recorded(user):
    return {"visits_recorded": Visit.objects.filter(recorded_by=user).count()}


def erase_visits_recorded(user):
    # The tally stays; who typed it goes.
    Visit.objects.filter(recorded_by=user).update(recorded_by=None)


def keep_figures(user):
    """Runs before the other erasure handlers, while the rows still point to the person: what
    the figures count of them (their public, their centre, whether a learner) moves to a
    stand-in that knows nothing else. Rows the erasure then deletes take their fact along."""
    progress = list(LessonProgress.objects.filter(user=user).values_list("pk", flat=True))
    places = list(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ENROLLED).values_list(
            "pk", flat=True
        )
    )
    if not progress and not places:
        return
    former = FormerLearner.objects.create(
        centre_id=user.centre_id,
        public=user.public,
        was_learner=user.groups.filter(name=LEARNERS).exists(),
    )
    FormerLearnerFact.objects.bulk_create(
        [FormerLearnerFact(former=former, progress_id=pk) for pk in progress]
        + [FormerLearnerFact(former=former, enrolment_id=pk) for pk in places]
    )
