from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progression")

    def ready(self):
        from accounts import privacy
        from exercises import records

        from . import privacy_handlers, receivers, selectors, services

        receivers.connect()
        # Activities record and read results through this port, never importing progress.
        records.connect(
            exercise_attempt_record=services.exercise_attempt_record,
            lesson_complete_if_passed=services.lesson_complete_if_passed,
            exercise_results_in_lesson=selectors.exercise_results_in_lesson,
            h5p_results_in_lesson=selectors.h5p_results_in_lesson,
            h5p_states_in_lesson=selectors.h5p_states_in_lesson,
            h5p_states_forget=services.h5p_states_forget,
            h5p_statement_record=services.h5p_statement_record,
            h5p_state_save=services.h5p_state_save,
            h5p_activity_viewed=services.h5p_activity_viewed,
            scorm_commit_record=services.scorm_commit_record,
            scorm_attempts_in_lesson=selectors.scorm_attempts_in_lesson,
            scorm_results_in_lesson=selectors.scorm_results_in_lesson,
        )

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
        privacy.register(
            "progress.H5PState",
            export=privacy_handlers.export_states,
            erase=privacy_handlers.erase_states,
        )
        privacy.register(
            "progress.ScormAttempt",
            export=privacy_handlers.export_scorm_attempts,
            erase=privacy_handlers.erase_scorm_attempts,
        )
        privacy.register(
            "progress.XAPIStatement",
            export=privacy_handlers.export_statements,
            erase=privacy_handlers.erase_statements,
        )
