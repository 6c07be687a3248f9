"""An exercise is a snippet: written once in the admin, placed in one or more lessons."""

from django.contrib import admin
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from .registry import all_types


class ExerciseBodyBlock(blocks.StreamBlock):
    """Exactly one block: the exercise itself, of one of the registered types."""

    def __init__(self, **kwargs):
        local_blocks = [(t.name, t.block()) for t in all_types()]
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        # "Exactly one" is checked here, on save, rather than by the editor's own count, which
        # shows an error box on a new form nobody has touched yet.
        if not len(value):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("Choisissez le type d'exercice avec le bouton « + »."))]
                )
            )
        return super().clean(value)

    class Meta:
        max_num = 1


class Exercise(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """Drafts, revisions, history, preview and locking like pages: the row holds the live
    version, the one learners see and the server scores with; an edit waits in a revision
    until it is published, and a bad one is undone by publishing an older revision."""

    title = models.CharField(
        _("titre"),
        max_length=120,
        help_text=_("Pour vous retrouver dans la liste ; la personne le voit aussi."),
    )
    instructions = models.CharField(
        _("consigne"),
        max_length=300,
        blank=True,
        help_text=_("Ce qu'il faut faire, en une phrase simple."),
    )
    body = StreamField(
        ExerciseBodyBlock(),
        verbose_name=_("Exercice"),
        help_text=_("Choisissez le type d'exercice avec le bouton « + », puis remplissez-le."),
    )
    hint = models.CharField(
        _("indice"),
        max_length=300,
        blank=True,
        help_text=_("Proposé après une réponse qui n'est pas encore juste."),
    )
    success_feedback = models.CharField(
        _("message de réussite"),
        max_length=300,
        blank=True,
        help_text=_("Laissez vide pour « Bravo, c'est réussi ! »."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("seuil de réussite (%)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Le pourcentage de bonnes réponses pour réussir. On peut réessayer sans fin."),
    )
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="exercise")

    panels = [
        FieldPanel("title"),
        FieldPanel("instructions"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("hint"), FieldPanel("success_feedback"), FieldPanel("pass_mark")],
            heading=_("Aide et réussite"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("instructions"),
    ]

    class Meta:
        verbose_name = _("exercice")
        verbose_name_plural = _("exercices")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "exercises/exercise_preview.html"

    def get_preview_context(self, request, mode_name):
        from .rendering import exercise_context

        context = super().get_preview_context(request, mode_name)
        context.update(exercise_context(request, self, None))
        return context

    @property
    def block(self):
        """The one block of the body: (its type, its value)."""
        from .registry import get_type

        child = self.body[0]
        return get_type(child.block_type), child.value

    @property
    def type_name(self):
        return self.body.raw_data[0]["type"] if self.body.raw_data else ""

    @admin.display(description=_("type"))
    def type_label(self):
        from .registry import get_type

        try:
            return get_type(self.type_name).label
        except KeyError:
            return self.type_name

    def passes(self, outcome):
        return outcome.max_points > 0 and outcome.percent >= self.pass_mark
