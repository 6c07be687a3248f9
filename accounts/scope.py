"""The one rule for « who sees and changes what » per centre.

Everything a centre owns (its people, rooms, workshops, tips, certificates…) says how it reaches
its centre with a ``centre_path`` class attribute: a lookup path of foreign keys such as
``"centre"`` or ``"mentor__centre"`` (``"pk"`` for the centre itself). A superuser reaches every
centre, a facilitator their own centre, anybody else no centre through this rule (a learner's own
records and a mentor's mentees are granted by each app's narrower rules, on top of this one).

Every view, admin viewset, chooser, report and export scopes its querysets with ``scope()`` and
checks single objects with ``reaches()``, so that the rule lives here only."""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q

from .roles import is_facilitator

EVERY_CENTRE = None  # what centre_ids() returns for a superuser


def centre_ids(user):
    """The centres whose things this person sees and changes: EVERY_CENTRE for a superuser,
    otherwise a (possibly empty) frozenset of ids, worked out once per request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return EVERY_CENTRE
    if not is_facilitator(user) or user.centre_id is None:
        return frozenset()
    return frozenset({user.centre_id})


def path_of(model):
    """How a centre-owned model reaches its centre; LookupError for shared content."""
    path = getattr(model, "centre_path", None)
    if path is None:
        raise LookupError(f"{model._meta.label} has no centre_path: it is not centre-owned")
    return path


def is_centre_owned(model):
    return getattr(model, "centre_path", None) is not None


def centre_owned_models():
    return [model for model in apps.get_models() if is_centre_owned(model)]


def condition(user, path):
    """A Q object that keeps what the person reaches through ``path`` (to combine with the
    narrower rules of an app, e.g. « or my own questions »)."""
    ids = centre_ids(user)
    if ids is EVERY_CENTRE:
        return Q()
    return Q(**{f"{path}__in": sorted(ids)})


def scope(queryset, user, path=None):
    """The part of ``queryset`` that this person reaches."""
    ids = centre_ids(user)
    if ids is EVERY_CENTRE:
        return queryset
    if not ids:
        return queryset.none()
    return queryset.filter(condition(user, path or path_of(queryset.model)))


def centre_of(obj, path=None):
    """The id of the centre an object belongs to (None when it has none), read from the
    instance itself, so that an unsaved instance that a form just filled in is checked too."""
    parts = (path or path_of(obj.__class__)).split("__")  # a lazy request.user too
    for part in parts[:-1]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    last = parts[-1]
    if last == "pk":
        return obj.pk
    try:
        field = obj._meta.get_field(last)
    except FieldDoesNotExist:
        return getattr(obj, last, None)
    return getattr(obj, getattr(field, "attname", last), None)


def reaches(user, obj, path=None):
    """Whether this person may see and change this centre-owned object."""
    if obj is None:
        return False
    ids = centre_ids(user)
    if ids is EVERY_CENTRE:
        return True
    centre = centre_of(obj, path)
    return centre is not None and centre in ids
