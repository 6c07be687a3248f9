from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExercisesConfig(AppConfig):
    name = "exercises"
    verbose_name = _("Exercices")

    def ready(self):
        from . import privacy_handlers  # noqa: F401
        from .models import Exercise
        from .placement import register_placed_model

        register_placed_model("exercise", Exercise)
        from django.db.models.signals import post_delete, post_save

        from .cached_chooser import renew_chosen

        post_save.connect(renew_chosen, dispatch_uid="exercises-chosen-save")
        post_delete.connect(renew_chosen, dispatch_uid="exercises-chosen-delete")
