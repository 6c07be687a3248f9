"""The questionnaire in progress lives in the Django session, one validated answer per step.

Nothing reaches the database before the last step: a half-taken positioning is only a few
keys in the session, dropped when a new one starts."""

import secrets

from django.utils.translation import gettext_lazy as _

from .items import DONE, DONT_KNOW, ITEMS, NOT_YET, STEPS, Kind

IN_PROGRESS = "pasapas_positioning"
FINISHED = "pasapas_positioning_done"

CONTINUE = "continue"
TICKED = "oui"


class AnswerError(Exception):
    """A step's POST that cannot be an answer: say so plainly, and take the step again."""


MISSING = _("Choisissez une réponse, ou « Je ne sais pas ».")
UNKNOWN = _("Cette réponse ne fait pas partie des propositions : reprenons cette question.")
WRONG_ITEM = _("Cette réponse ne correspond pas à la question affichée : reprenons cette question.")
OLD_LINK = _(
    "Ce lien ne correspond plus à ce questionnaire : cliquez à nouveau sur « Question suivante »."
)
BROKEN = _("Les réponses gardées ne sont plus lisibles : reprenons depuis la première question.")


def start(session, *, learner=None):
    """A fresh questionnaire; `learner` when a facilitator takes it with them."""
    session[IN_PROGRESS] = {
        "answers": {},
        "token": secrets.token_urlsafe(8),
        "learner": learner.pk if learner else None,
    }
    session.pop(FINISHED, None)


def current(session):
    """The questionnaire in progress, started if there is none (a link straight to step 1)."""
    state = session.get(IN_PROGRESS)
    if not isinstance(state, dict) or not isinstance(state.get("answers"), dict):
        start(session)
        state = session[IN_PROGRESS]
    return state


def first_open_step(answers):
    """The first step not answered yet; STEPS + 1 once all are."""
    for step, item in enumerate(ITEMS, start=1):
        if item.key not in answers:
            return step
    return STEPS + 1


def record(session, item, value):
    state = current(session)
    state["answers"][item.key] = value
    session.modified = True


def finish(session, summary):
    session.pop(IN_PROGRESS, None)
    session[FINISHED] = summary


def read_answer(item, data):
    """The value to keep for `item` from a step's POST `data`, or AnswerError."""
    if data.get("item") != item.key:
        raise AnswerError(WRONG_ITEM)
    answer = data.get("answer")
    if not answer:
        raise AnswerError(MISSING)
    if answer == DONT_KNOW:
        return DONT_KNOW
    if item.kind == Kind.ASK:
        if item.choice(answer) is None:
            raise AnswerError(UNKNOWN)
        return answer
    if item.kind == Kind.CLICK:
        choice = item.choice(answer)
        if choice is None:
            raise AnswerError(UNKNOWN)
        return DONE if choice.points else NOT_YET
    if answer != CONTINUE or item.kind == Kind.LINK:
        # The link item is answered by following the link; its form only says « Je ne sais pas ».
        raise AnswerError(UNKNOWN)
    if item.kind == Kind.TYPE:
        if "prenom" not in data:
            raise AnswerError(MISSING)
        # Only whether something was typed is kept, never the name itself.
        return DONE if data["prenom"].strip() else NOT_YET
    # Kind.CHECK: an unticked box sends nothing, which is a fair « not yet ».
    ticked = data.get("coche")
    if ticked not in (None, TICKED):
        raise AnswerError(UNKNOWN)
    return DONE if ticked == TICKED else NOT_YET
