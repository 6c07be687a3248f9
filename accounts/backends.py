"""Django's model backend, with a signed-in person's roles read in the same query as the
person, and the permissions of a set of roles kept in the cache (issue 25: a lesson page paid
three queries for them). Renewed when a role's permissions change (accounts.apps)."""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, StringAgg, Subquery, Value
from pasapas import kept
from pasapas.prepared import PreparedQuery
from pasapas.stamps import stamp

STAMP = "role-permissions"
SEPARATOR = "\n"


def with_roles(users):
    """Users with `role_list` (their groups' names) and `has_own_permissions`, in the query."""
    memberships = get_user_model().groups.through.objects.filter(user_id=OuterRef("pk"))
    names = (
        memberships.order_by()
        .values("user_id")
        .annotate(names=StringAgg("group__name", Value(SEPARATOR)))
        .values("names")
    )
    own = get_user_model().user_permissions.through.objects.filter(user_id=OuterRef("pk"))
    return users.annotate(role_list=Subquery(names), has_own_permissions=Exists(own))


def remember_roles(user):
    """Keeps the names read with the person on it: accounts.roles.role_names reads them."""
    if hasattr(user, "role_list"):
        user._role_names = frozenset(filter(None, (user.role_list or "").split(SEPARATOR)))
    return user


# The signed-in person on every request: built once, read afresh each time (a deactivated
# account is refused on its next request).
_PERSON = PreparedQuery(
    lambda shape, pk: with_roles(get_user_model()._default_manager.filter(pk=pk))
)


class RoleBackend(ModelBackend):
    def get_user(self, user_id):
        try:
            user_id = int(user_id)
        except (TypeError, ValueError):
            return None
        if not 0 < user_id < 2**63:  # the SQL is sent as is: no row has such an id
            return None
        user = _PERSON.instance("person", user_id)
        if user is None or not self.user_can_authenticate(user):
            return None
        return remember_roles(user)

    def get_user_permissions(self, user_obj, obj=None):
        if getattr(user_obj, "has_own_permissions", True) is False:
            return set()  # the query said there are none
        return super().get_user_permissions(user_obj, obj)

    def get_group_permissions(self, user_obj, obj=None):
        names = getattr(user_obj, "_role_names", None)
        if names is None or obj is not None or not user_obj.is_active:
            return super().get_group_permissions(user_obj, obj)
        if user_obj.is_superuser:
            return super().get_group_permissions(user_obj, obj)
        roles = hashlib.sha256(SEPARATOR.join(sorted(names)).encode()).hexdigest()[:16]
        key = f"role-permissions:{stamp(STAMP)}:{roles}"
        permissions = kept.get(key, None)
        if permissions is None:
            rows = Permission.objects.filter(group__name__in=names).values_list(
                "content_type__app_label", "codename"
            )
            permissions = frozenset(f"{app}.{codename}" for app, codename in rows)
            kept.set(key, permissions, None)
        return permissions


def renew(sender=None, **kwargs):
    """A receiver: a role's permissions, name or a permission changed."""
    from pasapas.stamps import renew as renew_stamp

    renew_stamp(STAMP)


ROLE_MODELS = (Group, Permission)


OLD_BACKEND = "django.contrib.auth.backends.ModelBackend"
BACKEND = "accounts.backends.RoleBackend"


class SessionBackendMiddleware:
    """Sessions opened before this backend name Django's own: they are moved to it, once,
    so nobody signed in for the month is signed out by an update. Before authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.contrib.auth import BACKEND_SESSION_KEY

        old = settings.SESSION_COOKIE_NAME in request.COOKIES and (
            request.session.get(BACKEND_SESSION_KEY) == OLD_BACKEND
        )
        if old:
            request.session[BACKEND_SESSION_KEY] = BACKEND
        return self.get_response(request)
