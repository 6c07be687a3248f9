"""The readable codes of cards just made, kept in the maker's session only while printing
needs them: `ACCESS_CARDS_TTL` (10 minutes), less if « C'est imprimé » or sign-out comes first.
After that only the hashed code exists: a lost card means a new code."""

import time

from django.conf import settings

KEY = "pasapas_new_cards"


def remember(session, created):
    """Keep the cards just made, [(user, code)], for the cards page."""
    session[KEY] = {
        "until": time.time() + settings.ACCESS_CARDS_TTL.total_seconds(),
        "cards": [
            {"first_name": user.first_name, "username": user.username, "code": code}
            for user, code in created
        ],
    }


def current(session):
    """The cards still to print; drops them once their time is over."""
    entry = session.get(KEY)
    if entry is None:
        return []
    if not isinstance(entry, dict) or entry.get("until", 0) < time.time():
        forget(session)  # also the 30-day lists of earlier versions
        return []
    return [dict(card) for card in entry["cards"]]


def forget(session):
    session.pop(KEY, None)
