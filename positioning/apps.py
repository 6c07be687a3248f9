from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PositioningConfig(AppConfig):
    name = "positioning"
    verbose_name = _("Positionnement")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers

        privacy.register(
            "positioning.PositioningResult",
            export=privacy_handlers.export_results,
            erase=privacy_handlers.erase_results,
        )
