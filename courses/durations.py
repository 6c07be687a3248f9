"""How long a lesson takes a beginner, estimated from what it holds, and a course's duration as
the sum of its lessons. An author may set a figure of their own (the override); otherwise the
figure follows the content, so adding a lesson changes the course's duration by itself."""

import re

from django.utils.html import strip_tags

# A beginner over 70 reads slowly and tries as they read: 60 words a minute, not 200.
WORDS_PER_MINUTE = 60
MINUTES_PER_STEP = 3  # read the step, find the button, do it
MINUTES_PER_ACTIVITY = 5  # an exercise or an H5P activity, with a second try
MINUTES_PER_VIDEO = 5
SHORTEST_LESSON = 5

_WORD = re.compile(r"\w+")


def _words(value):
    """Words of every text in a block's raw value, whatever its shape."""
    if isinstance(value, str):
        return len(_WORD.findall(strip_tags(value)))
    if isinstance(value, dict):
        return sum(_words(item) for key, item in value.items() if key not in ("type", "id"))
    if isinstance(value, list):
        return sum(_words(item) for item in value)
    return 0


def lesson_estimate(raw_body):
    """Minutes for a lesson body given as its raw JSON (a list of {type, value})."""
    words = steps = activities = videos = 0
    for block in raw_body or []:
        kind, value = block.get("type"), block.get("value")
        if kind == "steps":
            steps += len((value or {}).get("steps") or [])
        elif kind in ("exercise", "h5p_activity"):
            activities += 1
            continue
        elif kind == "video":
            videos += 1
        words += _words(value)
    minutes = (
        -(-words // WORDS_PER_MINUTE)
        + steps * MINUTES_PER_STEP
        + activities * MINUTES_PER_ACTIVITY
        + videos * MINUTES_PER_VIDEO
    )
    return max(minutes, SHORTEST_LESSON)
