from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    """H5P activities: one exercise plugin of its own, with its libraries and player (what
    learners do in them is kept by the learner records: progress)."""

    name = "exercises.h5p"
    label = "h5p"
    verbose_name = _("Activités H5P")

    def ready(self):
        from exercises.placement import register_placed_model

        from . import checks, privacy_handlers  # noqa: F401
        from .models import H5PActivity

        register_placed_model("h5p_activity", H5PActivity)
