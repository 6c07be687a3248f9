"""Writes: a finished positioning becomes one row, in one go."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import scoring
from .items import BY_KEY, stored_values
from .models import PositioningResult


def clean_answers(answers):
    """The answers as stored, or ValidationError: every item answered, with a known value."""
    if not isinstance(answers, dict) or not scoring.is_complete(answers):
        raise ValidationError(
            _("Il manque des réponses. (Some answers are missing.)"), code="incomplete"
        )
    for key, value in answers.items():
        if value not in stored_values(BY_KEY[key]):
            raise ValidationError(
                _("Une réponse est inconnue. (An answer is unknown.)"), code="unknown"
            )
    return dict(answers)


def positioning_result_create(*, user, answers, track_ids_by_area, taken_with=None):
    """Store the result of `user`; `taken_with` is the facilitator who sat with them."""
    answers = clean_answers(answers)
    levels = scoring.levels_for(answers)
    areas = scoring.suggested_areas(levels)
    return PositioningResult.objects.create(
        user=user,
        centre_id=user.centre_id,
        answers=answers,
        levels=levels,
        suggested_track_ids=[track_ids_by_area[a] for a in areas if track_ids_by_area.get(a)],
        taken_with=taken_with,
    )
