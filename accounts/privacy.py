"""RGPD: a person's data can be exported and erased. Each app that stores data about a person
registers how; a test fails when a model pointing to the user model is not covered."""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from . import erasure_register
from .people import ERASED_PREFIX, is_erased

_handlers = {}
_keepers = []

# Models of other packages that point to the user model, and why they need no handler here.
NOT_PERSONAL_LEARNER_DATA = {
    "wagtailcore": "editing history of facilitators; learners never use the admin",
    "wagtailadmin": "admin preferences of staff",
    "wagtailusers": "admin profile of staff",
    "wagtailimages": "who uploaded an image (staff)",
    "wagtaildocs": "who uploaded a document (staff)",
    "wagtailforms": "not used",
    "wagtailembeds": "not used",
    "wagtailsearch": "not used",
    "wagtailsnippets": "not used",
    "auth": "groups and permissions, cleared on erasure",
    # Content pages carry Wagtail's owner / locked_by: staff authoring, not learner data.
    "courses.HomePage": "page owner (staff)",
    "courses.CourseIndexPage": "page owner (staff)",
    "courses.CoursePage": "page owner (staff)",
    "courses.LessonPage": "page owner (staff)",
    "images.CustomImage": "who uploaded an image (staff)",
    "workshops.Workshop": "who runs the workshop (staff)",
    "workshops.Session": "who runs the session (staff)",
}


def unhandled_models():
    """Models that point to a person and say nothing about export and erasure."""
    return {
        label
        for label in models_pointing_to_user() - handled_models()
        if label not in NOT_PERSONAL_LEARNER_DATA
        and label.split(".")[0] not in NOT_PERSONAL_LEARNER_DATA
    }


def register(model_label, *, export, erase):
    _handlers[model_label] = (export, erase)


def register_keeper(keep):
    """`keep(user)` runs first at erasure, while the person's rows still point to them: it keeps
    the anonymous facts that must outlive them (the centre's figures)."""
    if keep not in _keepers:
        _keepers.append(keep)


def handled_models():
    return set(_handlers)


def models_pointing_to_user():
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if getattr(field, "related_model", None) is user_model and field.concrete:
                found.add(model._meta.label)
    return found


def export_user_data(user):
    data = {
        "account": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "display_name": user.display_name,
            "email": user.email,
            "pending_email": user.pending_email,
            "notify_by_email": user.notify_by_email,
            "centre": user.centre.name if user.centre_id else None,
            "public": user.public,
            "public_label": user.get_public_display(),
            "roles": sorted(group.name for group in user.groups.all()),
            "is_active": user.is_active,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "sign_in_log": sign_in_log(user.username),
    }
    for label, (export, _) in sorted(_handlers.items()):
        data[label] = export(user)
    return data


def _sign_in_models():
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return {"signed_in": AccessLog, "failed": AccessFailureLog, "attempts": AccessAttempt}


def _row(row):
    values = {}
    for field in row._meta.concrete_fields:
        if field.primary_key:
            continue
        value = getattr(row, field.attname)
        values[field.name] = value.isoformat() if hasattr(value, "isoformat") else value
    return values


def sign_in_log(username):
    """Every sign-in django-axes noted under this name: when, from where, with what browser."""
    return {
        key: [_row(row) for row in model.objects.filter(username__iexact=username).order_by("pk")]
        for key, model in _sign_in_models().items()
    }


def _forget_sign_ins(username):
    for model in _sign_in_models().values():
        model.objects.filter(username__iexact=username).delete()


# What an erased account's row keeps of its dates: nothing that could match a log.
ERASED_DATE = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


@transaction.atomic
def erase_user(user, *, record=True):
    """Remove what identifies the person; keep only the anonymous facts the figures count and
    the certificate codes (withdrawn). What was to come is cancelled as the person would.
    The erasure goes in the register (`record`), so that a restore can apply it again."""
    for keep in _keepers:
        keep(user)
    for _, erase in _handlers.values():
        erase(user)
    _forget_sign_ins(user.username)
    user.username = f"{ERASED_PREFIX}{user.pk}"
    user.first_name = user.last_name = user.display_name = user.email = ""
    user.pending_email = ""
    user.public = ""
    user.centre = None
    user.notify_by_email = False
    user.is_active = False
    user.date_joined = ERASED_DATE
    user.last_login = None
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    from django.contrib.sessions.models import Session

    for session in Session.objects.all().iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
    if record:
        erasure_register.record(user, timezone.now())


def reapply_erasures():
    """Erase again every account of the register that is not erased now (a restore of an
    older backup brought it back). Every line is checked, whatever its date. Returns them."""
    hashes = {line["account"] for line in erasure_register.entries()}
    if not hashes:
        return []
    redone = []
    for user in get_user_model()._base_manager.order_by("pk").iterator():
        if not is_erased(user) and erasure_register.is_listed(user.pk, hashes):
            erase_user(user, record=False)
            redone.append(user.pk)
    return redone
