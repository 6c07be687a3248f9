from contextlib import suppress

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


def _ensure_roles(sender, **kwargs):
    from django.contrib.auth.models import Permission

    from .roles import ensure_roles

    # An app whose permissions come later: the last app's signal completes the roles.
    with suppress(Permission.DoesNotExist):
        ensure_roles()


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Comptes")

    def ready(self):
        # Permissions are created after migrations, so the role groups are too.
        post_migrate.connect(_ensure_roles, dispatch_uid="accounts.ensure_roles")
        # A tampered « choose several » address in the admin gets nothing, not a server error.
        from pasapas.choosers import guard_chosen_multiple

        guard_chosen_multiple()


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with the centre of each person."""

    user_viewset = "accounts.viewsets.UserViewSet"
