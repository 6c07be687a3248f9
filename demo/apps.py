from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo centre (`load_demo`): content, drawings, people and week, apart from the model.
    No other app imports it; it has no models."""

    name = "demo"
    verbose_name = _("Démonstration")
