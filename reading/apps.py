from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadingConfig(AppConfig):
    name = "reading"
    verbose_name = _("Aides à la lecture")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from accounts import privacy

        from . import privacy_handlers, sign_in

        privacy.register(
            "reading.ReadingPreference",
            export=privacy_handlers.export_preference,
            erase=privacy_handlers.erase_preference,
        )
        # Every way in (access code, password, the admin's sign-in) brings the account's choice.
        user_logged_in.connect(sign_in.bring_choice, dispatch_uid="reading.bring_choice")
