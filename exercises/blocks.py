"""Blocks: the shared pieces of exercise types, and the lesson block that places an exercise."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .cached_chooser import CachedSnippetChooserBlock
from .chooser_widget import ExerciseChooserWidget

EMPTY_CHOICE = {"text": "", "correct": False, "feedback": ""}


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Réponse possible"), max_length=255)
    correct = blocks.BooleanBlock(
        label=_("C'est une bonne réponse"),
        required=False,
        help_text=_("Cochez si cette réponse est juste."),
    )
    feedback = blocks.CharBlock(
        label=_("Explication"),
        required=False,
        max_length=500,
        help_text=_("Montrée quand la personne choisit cette réponse."),
    )


class ExerciseTypeBlock(blocks.StructBlock):
    """The authoring block of one exercise type. Its template is the learner's form; in the
    admin preview it renders without an exercise around it."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.setdefault("prefix", "apercu")
        context.setdefault("preview", True)
        return context


class ExerciseChooserBlock(CachedSnippetChooserBlock):
    """Its widget brings the « Créer un exercice » tab's scripts (exercises.chooser_widget)."""

    @cached_property
    def widget(self):
        icon = self.meta.icon or self.target_model.snippet_viewset.icon
        return ExerciseChooserWidget(self.target_model, icon=icon)


class ExerciseBlock(blocks.StructBlock):
    """Places an exercise in a lesson. Required exercises complete the lesson once passed."""

    exercise = ExerciseChooserBlock(
        "exercises.Exercise",
        label=_("Exercice"),
        help_text=_(
            "Choisissez un exercice déjà écrit, ou écrivez-le ici avec l'onglet "
            "« Créer un exercice » de la fenêtre de choix."
        ),
    )
    required = blocks.BooleanBlock(
        label=_("À réussir pour terminer la leçon"),
        required=False,
        default=True,
    )

    def get_context(self, value, parent_context=None):
        from .rendering import exercise_context

        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        page = (parent_context or {}).get("page")
        exercise = value.get("exercise")
        if exercise is not None and exercise.live:  # unpublished: not shown to learners
            context.update(exercise_context(request, exercise, page))
            context["placed_required"] = bool(value.get("required"))
        return context

    def render(self, value, context=None):
        from . import unanswered

        return unanswered.render(
            lambda: super(ExerciseBlock, self).render(value, context), value, context
        )

    class Meta:
        icon = "form"
        label = _("Exercice")
        template = "exercises/blocks/exercise.html"
        description = _("Un exercice interactif, corrigé par le site, à choisir ou à créer.")
        preview_value = staticmethod(lambda: {"exercise": _first_exercise(), "required": True})


def _first_exercise():
    from .models import Exercise

    return Exercise.objects.order_by("pk").first()
