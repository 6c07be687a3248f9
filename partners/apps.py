from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partenaires")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers, receivers

        receivers.connect()

        for label, (export, erase) in privacy_handlers.HANDLERS.items():
            privacy.register(label, export=export, erase=erase)
