from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    """H5P activities: one exercise plugin of its own, with its libraries, player and results."""

    name = "exercises.h5p"
    label = "h5p"
    verbose_name = _("Activités H5P")

    def ready(self):
        from . import checks, privacy_handlers, receivers  # noqa: F401

        receivers.connect()
