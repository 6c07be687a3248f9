from .models import PositioningResult


def export_results(user):
    return [
        {
            "created_at": result.created_at.isoformat(),
            "centre": result.centre.name if result.centre else None,
            "answers": result.answers,
            "levels": result.levels,
            "suggested_track_ids": result.suggested_track_ids,
            "taken_with": str(result.taken_with) if result.taken_with else None,
        }
        for result in PositioningResult.objects.filter(user=user).select_related(
            "centre", "taken_with"
        )
    ]


def erase_results(user):
    """The levels stay as anonymous figures of the centre; nothing links them to the person
    (nor to who sat with them). A facilitator erased: their results stay the learners'."""
    PositioningResult.objects.filter(user=user).update(user=None, taken_with=None)
    PositioningResult.objects.filter(taken_with=user).update(taken_with=None)
