from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsearchConfig(AppConfig):
    name = "jobsearch"
    verbose_name = _("Recherche d'emploi")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers

        privacy.register(
            "jobsearch.CV",
            export=privacy_handlers.export_cvs,
            erase=privacy_handlers.erase_cvs,
        )
        privacy.register(
            "jobsearch.CoverLetter",
            export=privacy_handlers.export_letters,
            erase=privacy_handlers.erase_letters,
        )
        privacy.register(
            "jobsearch.Comment",
            export=privacy_handlers.export_comments,
            erase=privacy_handlers.erase_comments,
        )
        privacy.register(
            "jobsearch.Proposal",
            export=privacy_handlers.export_proposals,
            erase=privacy_handlers.erase_proposals,
        )
        privacy.register(
            "jobsearch.Offer",
            export=privacy_handlers.export_offers_written,
            erase=privacy_handlers.erase_offers_written,
        )
