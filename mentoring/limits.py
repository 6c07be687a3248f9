"""The limits of mentoring texts, in one place: forms, services and pages share them."""

from datetime import timedelta

TEXT_MAX_LENGTH = 2000  # a long question fits; a pasted document does not
REASON_MAX_LENGTH = 500
EDIT_WINDOW = timedelta(minutes=15)  # one's own message can be corrected or withdrawn
# Posts (questions, answers, tips) per author: enough for a real conversation, not a flood.
RATE_LIMIT_POSTS = 10
RATE_LIMIT_REPORTS = 10
RATE_LIMIT_WINDOW = timedelta(minutes=10)
