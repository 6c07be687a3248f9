from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from courses.admin_forms import CoursePageForm

from ..page_cache import CachedRestrictionsMixin
from .mixins import ObjectivesMixin, split_lines
from .tags import CourseTag


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Débutant")
    INTERMEDIATE = "intermediate", _("Intermédiaire")
    ADVANCED = "advanced", _("Confirmé")


class CoursePage(CachedRestrictionsMixin, ObjectivesMixin, Page):
    """One workshop track (PC basics, internet, …): its lessons are its children, in order."""

    summary = models.TextField(
        _("résumé"), max_length=400, help_text=_("Deux ou trois phrases simples.")
    )
    level = models.CharField(_("niveau"), max_length=20, choices=Level, default=Level.BEGINNER)
    audience = models.CharField(
        _("pour qui"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : « Retraités et demandeurs d'emploi qui débutent »."),
    )
    prerequisites = models.TextField(
        _("prérequis"), blank=True, help_text=_("Un prérequis par ligne. Vide : aucun.")
    )
    cover_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("image de couverture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=CourseTag, blank=True, verbose_name=_("thèmes"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("duration_override"), FieldPanel("audience")],
            heading=_("Pour qui, combien de temps"),
        ),
        FieldPanel("objectives"),
        FieldPanel("prerequisites"),
        FieldPanel("cover_image"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("audience"),
        index.FilterField("level"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    base_form_class = CoursePageForm
    # The page explorer lists the lessons in the course's order, ready to drag into another.
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("atelier (parcours)")
        verbose_name_plural = _("ateliers (parcours)")

    def save(self, *args, **kwargs):
        self.duration_minutes = self.duration_override or self.lessons_minutes()
        return super().save(*args, **kwargs)

    def lessons_minutes(self):
        """The sum of the live lessons' durations: one query."""
        if not self.pk:
            return 0
        total = self.lessons().aggregate(total=models.Sum("duration_minutes"))["total"]
        return min(total or 0, 32767)

    @property
    def prerequisite_list(self):
        return split_lines(self.prerequisites)

    def lessons(self):
        """Live lessons in the order the facilitator set in the page tree."""
        from .lesson import LessonPage

        return LessonPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ancestors"] = list(self.get_ancestors().filter(depth__gt=1))
        context["lessons"] = list(
            self.lessons().only("title", "url_path", "path", "depth", "duration_minutes", "summary")
        )
        context["tags"] = list(self.tags.all())
        return context
