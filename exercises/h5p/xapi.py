"""Reading an xAPI statement from the player strictly: known verbs only, about this activity
only, with a result that makes sense. The actor is never taken from the statement."""

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    **{
        f"{ADL}{name}": name
        for name in (
            "answered",
            "attempted",
            "completed",
            "experienced",
            "failed",
            "initialized",
            "interacted",
            "passed",
            "progressed",
            "resumed",
            "scored",
            "suspended",
            "terminated",
        )
    },
    "http://activitystrea.ms/schema/1.0/consume": "consumed",
}
# A top-level statement with one of these verbs means the learner has done the activity.
COMPLETING = {"answered", "completed", "passed", "consumed"}
# Verbs that carry a result (services.h5p_statement_record counts one attempt per answer).
RESULT_VERBS = COMPLETING | {"failed", "scored"}
# What is kept of a statement: what the results, the figures and the learner's export use, each
# part bounded, so that a statement stored is a few hundred bytes whatever the player sent
# (keeping the whole statement, one learner stored 19 MB in ten minutes).
MAX_IRI = 500
MAX_RESPONSE = 1000
MAX_SHORT = 40
MAX_PARENTS = 3


class StatementError(ValueError):
    pass


@dataclass
class ParsedStatement:
    verb: str
    top_level: bool
    score: float | None
    success: bool | None
    completion: bool | None
    stored: dict

    @property
    def has_result(self):
        return self.verb in RESULT_VERBS

    def passes(self, pass_mark):
        """Done: a completing verb that is not a failure. H5P's own verdict decides; without
        one, a score must reach the activity's pass mark (in %)."""
        if self.verb not in COMPLETING or self.success is False:
            return False
        if self.success is None and self.score is not None:
            return self.score * 100 >= pass_mark - 1e-9
        return True

    def result_score(self, passed):
        """An activity with nothing to answer scores full marks once done."""
        if self.score is not None:
            return self.score
        return 1.0 if passed else 0.0


def _refuse(message):
    raise StatementError(message)


def _number(value):
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _score(result):
    score = result.get("score")
    if score is None:
        return None
    if not isinstance(score, dict):
        _refuse(_("Le score envoyé est illisible."))
    raw, minimum, maximum = score.get("raw"), score.get("min", 0), score.get("max")
    scaled = score.get("scaled")
    for value in (raw, maximum, scaled):
        if value is not None and not _number(value):
            _refuse(_("Le score envoyé est illisible."))
    if minimum is not None and not _number(minimum):
        _refuse(_("Le score envoyé est illisible."))
    if scaled is not None and not -1 <= scaled <= 1:
        _refuse(_("Le score envoyé est impossible."))
    if raw is not None and maximum is not None:
        if maximum < 0 or raw > maximum or raw < (minimum or 0):
            _refuse(_("Le score envoyé est impossible."))
        if scaled is None:
            scaled = raw / maximum if maximum > 0 else 0.0
    if scaled is None:
        return None
    return max(0.0, float(scaled))


def _text(value, limit):
    return value[:limit] if isinstance(value, str) else None


def _kept(value):
    """The entries of a dict that are not None."""
    return {key: item for key, item in value.items() if item is not None}


def stored_form(statement, *, verb_id, object_id, result):
    """The bounded copy kept in the database: the verb, the object's id, the result's score,
    verdict, duration and response (cut), the ids of the parent activities (the context's only
    part used: it tells a question of a set from the set) and the time. Nothing else of
    `context`, no actor, no extensions."""
    score = result.get("score") if isinstance(result.get("score"), dict) else {}
    kept_score = _kept({key: score.get(key) for key in ("raw", "min", "max", "scaled")})
    kept_result = _kept(
        {
            "score": {k: v for k, v in kept_score.items() if _number(v)} or None,
            "success": result.get("success"),
            "completion": result.get("completion"),
            "duration": _text(result.get("duration"), MAX_SHORT),
            "response": _text(result.get("response"), MAX_RESPONSE),
        }
    )
    context = statement.get("context") if isinstance(statement.get("context"), dict) else {}
    activities = context.get("contextActivities")
    parents = activities.get("parent") if isinstance(activities, dict) else None
    if isinstance(parents, dict):
        parents = [parents]
    parent_ids = [
        _text(item.get("id"), MAX_IRI)
        for item in (parents if isinstance(parents, list) else [])[:MAX_PARENTS]
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    ]
    stored = {"verb": {"id": verb_id}, "object": {"id": object_id}}
    if kept_result:
        stored["result"] = kept_result
    if parent_ids:
        stored["context"] = {"contextActivities": {"parent": [{"id": i} for i in parent_ids]}}
    timestamp = _text(statement.get("timestamp"), MAX_SHORT)
    if timestamp:
        stored["timestamp"] = timestamp
    return stored


def parse_statement(statement, *, activity_iri, site_origin, user):
    if not isinstance(statement, dict):
        _refuse(_("La déclaration envoyée est illisible."))
    verb = statement.get("verb")
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    if verb_id not in VERBS:
        _refuse(_("Cette action n'est pas reconnue."))
    obj = statement.get("object")
    object_id = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(object_id, str) or len(object_id) > MAX_IRI:
        _refuse(_("La déclaration ne dit pas de quelle activité elle parle."))
    base, _sep, query = object_id.partition("?")
    if base != activity_iri or (query and not query.startswith("subContentId=")):
        _refuse(_("Cette déclaration parle d'une autre activité."))
    actor = statement.get("actor")
    account = actor.get("account") if isinstance(actor, dict) else None
    if (
        isinstance(account, dict)
        and account.get("homePage") == site_origin
        and str(account.get("name")) != str(user.pk)
    ):
        _refuse(_("Cette déclaration est au nom d'une autre personne."))
    context = statement.get("context") if isinstance(statement.get("context"), dict) else {}
    activities = context.get("contextActivities")
    has_parent = isinstance(activities, dict) and bool(activities.get("parent"))
    result = statement.get("result", {})
    if not isinstance(result, dict):
        _refuse(_("Le résultat envoyé est illisible."))
    success, completion = result.get("success"), result.get("completion")
    if any(v is not None and not isinstance(v, bool) for v in (success, completion)):
        _refuse(_("Le résultat envoyé est illisible."))
    return ParsedStatement(
        verb=VERBS[verb_id],
        top_level=not query and not has_parent,
        score=_score(result),
        success=success,
        completion=completion,
        stored=stored_form(statement, verb_id=verb_id, object_id=object_id, result=result),
    )
