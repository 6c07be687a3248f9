from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.admin_forms import LessonPageForm
from courses.blocks import LessonStreamBlock
from courses.durations import lesson_estimate
from courses.hooks import lesson_served

from ..page_cache import CachedRestrictionsMixin
from .mixins import ObjectivesMixin
from .tags import LessonTag


class LessonPage(CachedRestrictionsMixin, ObjectivesMixin, Page):
    """One lesson of a course; its place among its siblings is its order."""

    summary = models.CharField(
        _("en une phrase"),
        max_length=255,
        help_text=_("Ce que la personne saura faire à la fin, en une phrase."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("contenu"), blank=True)
    tags = ClusterTaggableManager(through=LessonTag, blank=True, verbose_name=_("thèmes"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("objectives"), FieldPanel("duration_override")],
            heading=_("Objectifs et durée"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    base_form_class = LessonPageForm

    class Meta:
        verbose_name = _("leçon")
        verbose_name_plural = _("leçons")

    def save(self, *args, **kwargs):
        # Kept on the row so every list shows it without reading the body; a revision published
        # is saved here too, so the figure always matches the live content.
        self.duration_minutes = self.duration_override or lesson_estimate(self.body.raw_data)
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when a cached fragment that shows it is missing (lesson_page.html).
        context["nav"] = SimpleLazyObject(self.navigation)
        return context

    def serve(self, request, *args, **kwargs):
        from courses import lesson_shell

        response = lesson_shell.serve(
            self, request, self.get_template(request, *args, **kwargs)
        ) or super().serve(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            lesson_served(page=self, request=request, response=response)
        return response

    def navigation(self):
        """Breadcrumbs, course, position, previous and next lesson: two queries whatever the
        course size. A view restriction on the course covers its lessons, so siblings need no
        ``public()`` check of their own (the pages themselves stay protected)."""
        # Titles and addresses are all the breadcrumbs and the pager show: plain pages.
        ancestors = list(
            self.get_ancestors().filter(depth__gt=1).only("title", "url_path", "path", "depth")
        )
        siblings = list(
            LessonPage.objects.sibling_of(self)
            .live()
            .order_by("path")
            .only("title", "url_path", "path", "depth")
        )
        course = ancestors[-1] if ancestors else None
        ids = [page.pk for page in siblings]
        index_ = ids.index(self.pk) if self.pk in ids else None
        previous_lesson = next_lesson = None
        if index_ is not None:
            previous_lesson = siblings[index_ - 1] if index_ > 0 else None
            next_lesson = siblings[index_ + 1] if index_ + 1 < len(siblings) else None
        return {
            "ancestors": ancestors,
            "course": course,
            "lesson_number": index_ + 1 if index_ is not None else None,
            "lesson_total": len(siblings),
            "previous_lesson": previous_lesson,
            "next_lesson": next_lesson,
        }
