"""xAPI 1.0.3 statements from the learner records: one builder per kind of event, used both when
the event happens and by `xapi_replay`, so that a statement is the same whenever it is built.

Verbs and activity types are ADL's. The actor is a pseudonymous account, never a name."""

from dataclasses import dataclass

from . import addresses

ADL = "http://adlnet.gov/expapi"
VERSION = "1.0.3"


@dataclass(frozen=True)
class Verb:
    short: str
    fr: str
    en: str

    @property
    def iri(self):
        return f"{ADL}/verbs/{self.short}"

    def as_xapi(self):
        return {"id": self.iri, "display": {"fr-FR": self.fr, "en-US": self.en}}


EXPERIENCED = Verb("experienced", "a consulté", "experienced")
COMPLETED = Verb("completed", "a terminé", "completed")
ANSWERED = Verb("answered", "a répondu à", "answered")
PASSED = Verb("passed", "a réussi", "passed")
FAILED = Verb("failed", "n'a pas réussi", "failed")
ATTENDED = Verb("attended", "a participé à", "attended")

LESSON = f"{ADL}/activities/lesson"
COURSE = f"{ADL}/activities/course"
QUESTION = f"{ADL}/activities/question"
MEETING = f"{ADL}/activities/meeting"
MODULE = f"{ADL}/activities/module"


def actor(pseudonym):
    return {
        "objectType": "Agent",
        "account": {"homePage": addresses.site(), "name": str(pseudonym)},
    }


def activity(iri, kind, title=""):
    definition = {"type": kind}
    if title:
        definition["name"] = {"fr-FR": title[:250]}
    return {"objectType": "Activity", "id": iri, "definition": definition}


def score(value, passed=None):
    value = max(0.0, min(1.0, float(value)))
    result = {
        "score": {"scaled": round(value, 4), "raw": round(100 * value, 2), "min": 0, "max": 100}
    }
    if passed is not None:
        result["success"] = bool(passed)
    return result


def timestamp(moment):
    return moment.isoformat(timespec="milliseconds")


def statement(*, id, pseudonym, verb, obj, at, result=None, parents=(), grouping=()):
    data = {
        "id": str(id),
        "actor": actor(pseudonym),
        "verb": verb.as_xapi() if isinstance(verb, Verb) else verb,
        "object": obj,
        "timestamp": timestamp(at),
        "version": VERSION,
        "context": {"platform": "Pas à Pas", "language": "fr-FR"},
    }
    if result:
        data["result"] = result
    activities = {}
    if parents:
        activities["parent"] = [{"objectType": "Activity", "id": iri} for iri in parents]
    if grouping:
        activities["grouping"] = [{"objectType": "Activity", "id": iri} for iri in grouping]
    if activities:
        data["context"]["contextActivities"] = activities
    return data


# --- One builder per event ---------------------------------------------------------------


def lesson_opened(*, id, pseudonym, lesson_id, title, at, course_id=None):
    return statement(
        id=id,
        pseudonym=pseudonym,
        verb=EXPERIENCED,
        obj=activity(addresses.page_iri(lesson_id), LESSON, title),
        at=at,
        parents=[addresses.page_iri(course_id)] if course_id else (),
    )


def lesson_completed(*, pseudonym, progress, title, course_id=None):
    return statement(
        id=addresses.statement_id("lesson-completed", progress.pk, progress.completed_at),
        pseudonym=pseudonym,
        verb=COMPLETED,
        obj=activity(addresses.page_iri(progress.lesson_id), LESSON, title),
        at=progress.completed_at,
        result={"completion": True},
        parents=[addresses.page_iri(course_id)] if course_id else (),
    )


def result_target(result):
    """(kind, id) of what a result is about: the exercise, the H5P activity, or whatever FK a
    new activity source adds to the result model (SCORM…), found without naming it."""
    if result.exercise_id:
        return "exercice", result.exercise_id
    if result.activity_id:
        return "h5p", result.activity_id
    for field in type(result)._meta.concrete_fields:
        if field.is_relation and field.name not in {"user", "lesson", "exercise", "activity"}:
            value = getattr(result, field.attname)
            if value:
                return field.name, value
    return result.source, result.pk


def attempt(*, pseudonym, attempt, result, title):
    """A scored answer. A native exercise is a question « answered »; any other source (SCORM
    and the sources to come) reports a pass or a fail of its module, with the score."""
    kind, pk = result_target(result)
    if result.source == "native":
        verb, activity_type = ANSWERED, QUESTION
    else:
        verb, activity_type = (PASSED if attempt.passed else FAILED), MODULE
    return statement(
        id=addresses.statement_id("attempt", attempt.pk, attempt.created_at),
        pseudonym=pseudonym,
        verb=verb,
        obj=activity(addresses.activity_iri(kind, pk), activity_type, title),
        at=attempt.created_at,
        result=score(attempt.score, attempt.passed),
        parents=[addresses.page_iri(result.lesson_id)] if result.lesson_id else (),
    )


def _dict(value):
    return value if isinstance(value, dict) else {}


def h5p(*, pseudonym, row):
    """A statement the H5P player sent, as the site accepted and stored it (exercises.h5p.xapi
    keeps a bounded copy): its verb, object, result and parents, with our actor and id."""
    kept = _dict(row.statement)
    verb = _dict(kept.get("verb"))
    if not isinstance(verb.get("id"), str):
        verb = {"id": f"{ADL}/verbs/{row.verb}"}
    obj = _dict(kept.get("object"))
    if not isinstance(obj.get("id"), str):
        obj = {"id": addresses.activity_iri("h5p", row.activity_id)}
    obj = {**obj, "objectType": "Activity"}
    parents = [
        item["id"]
        for item in _dict(_dict(kept.get("context")).get("contextActivities")).get("parent", [])
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    ]
    if row.lesson_id:
        parents.append(addresses.page_iri(row.lesson_id))
    return statement(
        id=addresses.statement_id("h5p", row.pk, row.created_at),
        pseudonym=pseudonym,
        verb=verb,
        obj=obj,
        at=row.created_at,
        result=_dict(kept.get("result")) or None,
        parents=parents,
    )


def certificate(*, pseudonym, certificate):
    """A certificate issued: the course completed. Never its code (the public check of a code
    shows the name printed on it)."""
    return statement(
        id=addresses.statement_id("certificate", certificate.pk, certificate.issued_at),
        pseudonym=pseudonym,
        verb=COMPLETED,
        obj=activity(addresses.page_iri(certificate.course_id), COURSE, certificate.course_title),
        at=certificate.issued_at,
        result={"completion": True, "success": True},
    )


def attendance(*, pseudonym, enrolment, session):
    """Present at a workshop session; timed at the session's start, so that marking it again
    builds the very same statement."""
    return statement(
        id=addresses.statement_id("attendance", enrolment.pk, enrolment.created_at),
        pseudonym=pseudonym,
        verb=ATTENDED,
        obj=activity(addresses.activity_iri("seance", session.pk), MEETING, session.title),
        at=session.starts_at,
        grouping=[addresses.page_iri(session.track_id)] if session.track_id else (),
    )
