from django.apps import AppConfig


class PasapasConfig(AppConfig):
    """The site as a whole: guards that hold for every app, set once at start-up."""

    name = "pasapas"
    verbose_name = "Pas à Pas"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import stamps
        from .csv_files import guard_wagtail_exports

        guard_wagtail_exports()
        request_started.connect(stamps.request_started, dispatch_uid="pasapas-stamps-start")
        request_finished.connect(stamps.request_finished, dispatch_uid="pasapas-stamps-end")
