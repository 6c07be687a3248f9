from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progression")

    def ready(self):
        from accounts import privacy

        from . import privacy_handlers, receivers

        receivers.connect()

        privacy.register(
            "progress.LessonProgress",
            export=privacy_handlers.export_progress,
            erase=privacy_handlers.erase_progress,
        )
        privacy.register(
            "progress.ExerciseResult",
            export=privacy_handlers.export_exercise_results,
            erase=privacy_handlers.erase_exercise_results,
        )
