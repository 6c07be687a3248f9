from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partenaires")

    def ready(self):
        from accounts import privacy
        from figures import hooks as figures_hooks

        from . import figures, privacy_handlers, receivers

        figures_hooks.register_tables(figures.partner_tables)

        receivers.connect()

        for label, (export, erase) in privacy_handlers.HANDLERS.items():
            privacy.register(label, export=export, erase=erase)
