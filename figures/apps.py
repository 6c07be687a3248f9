from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    name = "figures"
    verbose_name = _("Chiffres")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers

        privacy.register(
            "figures.Visit",
            export=privacy_handlers.export_visits_recorded,
            erase=privacy_handlers.erase_visits_recorded,
        )
        privacy.register_keeper(privacy_handlers.keep_figures)
