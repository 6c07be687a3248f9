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
    # Two configs live here: without `default`, Django would install a bare AppConfig.
    default = True
    name = "accounts"
    verbose_name = _("Comptes")

    def ready(self):
        # Permissions are created after migrations, so the role groups are too.
        post_migrate.connect(_ensure_roles, dispatch_uid="accounts.ensure_roles")
        from django.contrib.auth.signals import user_logged_in

        from .middleware import stamp_session

        user_logged_in.connect(stamp_session, dispatch_uid="accounts.stamp_session")
        self._renew_permissions_on_change()

    def _renew_permissions_on_change(self):
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .backends import ROLE_MODELS, renew

        for model in ROLE_MODELS:
            post_save.connect(renew, sender=model, dispatch_uid=f"accounts.renew.{model.__name__}")
            post_delete.connect(
                renew, sender=model, dispatch_uid=f"accounts.renew-{model.__name__}"
            )
        m2m_changed.connect(renew, sender=Group.permissions.through, dispatch_uid="accounts.renew")


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with the centre of each person."""

    user_viewset = "accounts.viewsets.UserViewSet"

    def ready(self):
        # This config is the one installed (settings.INSTALLED_APPS names it), so it runs.
        super().ready()
        from pasapas import lookups
        from pasapas.choosers import guard_chosen_multiple

        # A tampered « choose several » address in the admin gets nothing, not a server error.
        guard_chosen_multiple()
        # A long number in an address or a form finds nothing, not a server error.
        lookups.register()
