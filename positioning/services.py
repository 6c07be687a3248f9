"""Writes: a finished positioning becomes one row, in one go."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.locks import person_lock

from . import scoring
from .items import BY_KEY, stored_values
from .models import PositioningResult


def clean_answers(answers):
    """The answers as stored, or ValidationError: every item answered, with a known value."""
    if not isinstance(answers, dict) or not scoring.is_complete(answers):
        raise ValidationError(_("Il manque des réponses."), code="incomplete")
    for key, value in answers.items():
        if value not in stored_values(BY_KEY[key]):
            raise ValidationError(_("Une réponse est inconnue."), code="unknown")
    return dict(answers)


# The same answers again within this time are the same result sent twice (a double click, two
# tabs: the page's « already kept » is read from the session before either press writes it).
SAME_RESULT_WINDOW = timedelta(minutes=10)


@transaction.atomic
def positioning_result_create(*, user, answers, track_ids_by_area, taken_with=None):
    """Store the result of `user`; `taken_with` is the facilitator who sat with them. The same
    result sent twice at once is stored once: checked under the person's lock."""
    answers = clean_answers(answers)
    levels = scoring.levels_for(answers)
    areas = scoring.suggested_areas(levels)
    person_lock(user)
    latest = PositioningResult.objects.filter(
        user=user, created_at__gte=timezone.now() - SAME_RESULT_WINDOW
    ).first()
    if (
        latest is not None
        and latest.answers == answers
        and latest.taken_with_id == (taken_with.pk if taken_with else None)
    ):
        return latest
    return PositioningResult.objects.create(
        user=user,
        centre_id=user.centre_id,
        answers=answers,
        levels=levels,
        suggested_track_ids=[track_ids_by_area[a] for a in areas if track_ids_by_area.get(a)],
        taken_with=taken_with,
    )
