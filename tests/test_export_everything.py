"""The export gives every field the site holds about the person. The list of what to look for
is not written here: it comes from the model graph (every model with a key to the user model),
so that a new model or a new field about people is checked without anyone remembering it."""

import datetime
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from accounts import privacy

from .erasure_world import build

# Fields that are about the row, not the person, or that the person gave as a secret.
NOT_EXPORTED = {
    "accounts.User.password": "a hash of the secret code: never handed out",
    "accounts.User.is_superuser": "the site's own switch",
    "accounts.User.is_staff": "the site's own switch",
}


def _leaves(value):
    """The strings and dates a value holds (JSON fields included), to look for in the export."""
    if isinstance(value, datetime.datetime | datetime.date):
        yield value.isoformat()
    elif isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)


def _personal_fields(model):
    for field in model._meta.concrete_fields:
        if field.primary_key or field.is_relation:
            continue
        if f"{model._meta.label}.{field.name}" in NOT_EXPORTED:
            continue
        yield field


def _user_keys():
    """(model, field) for every key to the user model of a model with personal data."""
    user_model = get_user_model()
    labels = privacy.models_pointing_to_user() - set(privacy.NOT_PERSONAL_LEARNER_DATA)
    for model in apps.get_models():
        if model._meta.label not in labels:
            continue
        if model._meta.app_label in privacy.NOT_PERSONAL_LEARNER_DATA:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model:
                yield model, field


def _missing(person):
    text = json.dumps(privacy.export_user_data(person), ensure_ascii=False)
    found, missing = set(), []
    rows = [(get_user_model(), "self", person)]
    for model, field in _user_keys():
        if f"{model._meta.label}.{field.name}" in ACTED_ON:
            continue
        for row in model._base_manager.filter(**{field.name: person}):
            found.add(f"{model._meta.label}.{field.name}")
            rows.append((model, field.name, row))
    for model, key, row in rows:
        for field in _personal_fields(model):
            for leaf in _leaves(getattr(row, field.attname)):
                if json.dumps(leaf, ensure_ascii=False)[1:-1] not in text:
                    missing.append(f"{model._meta.label}.{field.name} (by {key}): {leaf!r}")
    return found, missing


@pytest.mark.django_db
def test_the_export_holds_every_field_about_the_person(people):
    build(people)
    covered = set()
    for role in ("learner_a", "mentor", "facilitator"):
        person = get_user_model().objects.get(pk=people[role].pk)
        found, missing = _missing(person)
        assert not missing, role
        covered |= found
    # Every key to a person is tried with real rows (a new one needs rows in erasure_world),
    # or said to be a row about someone else that the person only acted on.
    every = {f"{model._meta.label}.{field.name}" for model, field in _user_keys()}
    assert every - covered - ACTED_ON.keys() == set()
    assert ACTED_ON.keys() <= every
    # Erasing those who acted leaves no key pointing to them either.
    for role in ("mentor", "facilitator"):
        person = get_user_model().objects.get(pk=people[role].pk)
        privacy.erase_user(person)
        for model, field in _user_keys():
            assert not model._base_manager.filter(**{field.name: person}).exists(), field


# Rows about someone else that the person only handled: their content is the other person's
# and never goes in this person's export (erasure detaches the person from them).
ACTED_ON = {
    "mentoring.Pairing.proposed_by": "the facilitator who proposed a mentor to a learner",
    "mentoring.Thread.hidden_by": "the moderator who hid a question",
    "mentoring.Message.hidden_by": "the moderator who hid a message",
    "mentoring.Tip.reviewed_by": "the facilitator who reviewed a mentor's tip",
    "mentoring.Report.handled_by": "the facilitator who handled a report",
    "positioning.PositioningResult.taken_with": "the facilitator who sat with the learner",
    "figures.Visit.recorded_by": "the desk staff who counted a visitor",
    "h5p.H5PActivity.uploaded_by": "the author of an activity (content)",
    "h5p.H5PActivity.locked_by": "the author editing an activity (content; released on erasure)",
    "exercises.Exercise.locked_by": "the author editing an exercise (content; released on erasure)",
    "scorm.ScormPackage.uploaded_by": "the author of a SCORM package (content)",
    "scorm.ScormPackage.locked_by": "the author editing a package (content; released on erasure)",
    "certificates.Certificate.issued_by": "the facilitator who issued a learner's certificate",
    "certificates.Certificate.revoked_by": "the facilitator who withdrew it",
    "partners.Agent.invited_by": "the facilitator who invited an agent",
    "partners.ServiceQuestion.hidden_by": "the moderator who hid a question to a service",
    "partners.ServiceMessage.hidden_by": "the moderator who hid a message to a service",
    "partners.FrequentQuestion.reviewed_by": "the facilitator who published a frequent question",
    "jobsearch.Offer.author": "the counsellor who wrote an offer for the centre (the centre's)",
    "jobsearch.Proposal.proposed_by": "the counsellor who proposed an offer to a learner",
    "appointments.Booking.booked_by": "the desk staff who booked an appointment for someone",
}


def test_the_sign_in_log_is_in_the_export(people):
    from axes.models import AccessLog

    from .erasure_world import sign_in

    sign_in(people["learner_a"].username, people["code_a"])
    data = privacy.export_user_data(people["learner_a"])
    logged = AccessLog.objects.get(username=people["learner_a"].username)
    (row,) = data["sign_in_log"]["signed_in"]
    assert row["attempt_time"] == logged.attempt_time.isoformat()
    assert row["ip_address"] == "10.0.0.42"
    assert row["user_agent"] == "Navigateur de Marie/1.0"
