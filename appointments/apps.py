from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Rendez-vous")

    def ready(self):
        from accounts import privacy
        from figures import hooks as figures_hooks

        from . import figures, privacy_handlers

        figures_hooks.register_tables(figures.appointment_tables)

        for label, (export, erase) in privacy_handlers.HANDLERS.items():
            privacy.register(label, export=export, erase=erase)
