from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LrsConfig(AppConfig):
    name = "lrs"
    verbose_name = _("Traces xAPI (LRS)")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers, receivers

        receivers.connect()
        privacy.register(
            "lrs.OutboxStatement",
            export=privacy_handlers.export_statements,
            erase=privacy_handlers.erase_statements,
        )
        privacy.register(
            "lrs.Pseudonym",
            export=privacy_handlers.export_pseudonym,
            erase=privacy_handlers.erase_pseudonym,
        )
