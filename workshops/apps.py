from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = _("Ateliers")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers, receivers

        receivers.connect()

        privacy.register(
            "workshops.Enrolment",
            export=privacy_handlers.export_enrolments,
            erase=privacy_handlers.erase_enrolments,
        )
