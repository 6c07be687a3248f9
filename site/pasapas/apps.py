from django.apps import AppConfig


class PasapasConfig(AppConfig):
    """The site as a whole: guards that hold for every app, set once at start-up."""

    name = "pasapas"
    verbose_name = "Pas à Pas"

    def ready(self):
        from .csv_files import guard_wagtail_exports

        guard_wagtail_exports()
