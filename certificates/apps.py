from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Attestations")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers

        privacy.register(
            "certificates.Certificate",
            export=privacy_handlers.export_certificates,
            erase=privacy_handlers.erase_certificates,
        )
