from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScormConfig(AppConfig):
    """SCORM packages: one exercise plugin of its own, played on the H5P player's origin (what
    learners do in them is kept by the learner records: progress)."""

    name = "exercises.scorm"
    label = "scorm"
    verbose_name = _("Paquets SCORM")

    def ready(self):
        from exercises.h5p.origins import register_player_prefixes
        from exercises.placement import register_placed_model

        from . import privacy_handlers  # noqa: F401
        from .models import ScormPackage
        from .origins import PLAYER_PREFIXES

        register_placed_model("scorm_package", ScormPackage)
        register_player_prefixes(*PLAYER_PREFIXES)
