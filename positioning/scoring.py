"""From answers to a level per skill area and the tracks to suggest. Pure functions."""

from django.utils.translation import gettext_lazy as _

from .items import BY_KEY, DONE, ITEMS, Area, Kind, points


class Level:
    DISCOVER = 0
    ON_THE_WAY = 1
    AT_EASE = 2

    LABELS = {
        DISCOVER: _("À découvrir"),
        ON_THE_WAY: _("En chemin"),
        AT_EASE: _("À l'aise"),
        None: _("Pas concerné"),
    }


# At most this many tracks at once: more would be a catalogue, not a suggestion.
MAX_SUGGESTIONS = 3


def _level(mean):
    if mean >= 1.5:
        return Level.AT_EASE
    return Level.ON_THE_WAY if mean >= 0.5 else Level.DISCOVER


def levels_for(answers):
    """{area: level or None}: the mean points of the area's items, 0 to 2."""
    by_area = {area: [] for area in Area.ORDER}
    left_out = set()
    for item in ITEMS:
        value = answers.get(item.key)
        if value is None:
            continue
        got = points(item, value)
        if got is None:
            left_out.add(item.area)
        else:
            by_area[item.area].append(got)
    levels = {}
    for area, marks in by_area.items():
        if area in left_out and not marks:
            levels[area] = None
        elif not marks:
            levels[area] = Level.DISCOVER
        else:
            levels[area] = _level(sum(marks) / len(marks))
    return levels


def suggested_areas(levels):
    """Areas to work on, the first steps first: a person not at ease with the computer starts
    with its bases, whatever else they said; then the other areas not yet at ease, in the
    centre's order; at most MAX_SUGGESTIONS."""
    wanted = [area for area in Area.ORDER if levels.get(area) not in (Level.AT_EASE, None)]
    return wanted[:MAX_SUGGESTIONS]


def to_show(answers):
    """What the practical items say the facilitator will show (« on vous montrera … »)."""
    return [
        item.to_show
        for item in ITEMS
        if item.kind != Kind.ASK and answers.get(item.key) not in (None, DONE)
    ]


def is_complete(answers):
    return all(item.key in answers for item in ITEMS) and set(answers) <= set(BY_KEY)
