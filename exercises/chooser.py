"""Exercises made where they are used: the lesson's exercise block opens Wagtail's chooser, and
its « Créer un exercice » tab holds the exercise's own form (its type chosen with « + »), with a
preview as the learner will see it. What is created there is published at once, with its first
revision, as from the « Exercices » menu, which stays for reuse across lessons."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import get_edit_handler
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)

FORM_PREFIX = "exercice"


class ExerciseCreationMixin:
    creation_form_template_name = "exercises/chooser/creation_form.html"

    def get_creation_form_class(self):
        # The very form of the exercise editor: same fields, same checks, same preview.
        return get_edit_handler(self.model_class).get_form_class()

    def get_creation_form_kwargs(self):
        kwargs = super().get_creation_form_kwargs()
        kwargs["for_user"] = self.request.user
        # Inside the lesson editor, whose own fields are « title », « body »…: prefixed, so
        # that no id is there twice and each label names its own field.
        kwargs["prefix"] = FORM_PREFIX
        return kwargs

    def get_creation_form_context_data(self, form):
        context = super().get_creation_form_context_data(form)
        viewset = self.model_class.snippet_viewset
        context["preview_url"] = reverse(viewset.get_url_name("preview_on_add"))
        context["form_prefix"] = f"{FORM_PREFIX}-"
        return context


class ExerciseChooseView(ExerciseCreationMixin, ChooseView):
    pass


class ExerciseChooseResultsView(ExerciseCreationMixin, ChooseResultsView):
    pass


class ExerciseCreateView(ExerciseCreationMixin, SnippetCreateView):
    def save_form(self, form):
        exercise = form.save()
        revision = exercise.save_revision(user=self.request.user, log_action=True)
        revision.publish(user=self.request.user)
        exercise.refresh_from_db()
        return exercise


class ExerciseChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ExerciseChooseView
    choose_results_view_class = ExerciseChooseResultsView
    create_view_class = ExerciseCreateView
    # Any value turns the tab on; the form itself is the editor's (get_creation_form_class).
    exclude_form_fields = []
    create_action_label = _("Créer un exercice")
    create_action_clicked_label = _("Création en cours…")
