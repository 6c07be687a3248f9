from collections import Counter

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..page_cache import CachedRestrictionsMixin


class CourseIndexPage(CachedRestrictionsMixin, Page):
    """The catalogue of workshop tracks."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    # A centre's own catalogue receives the courses its facilitators copy to adapt them.
    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Le centre dont c'est le catalogue : ses animateurs y copient les parcours "
            "qu'ils veulent adapter."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("centre")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("catalogue des ateliers")

    def course_list(self):
        """The live courses in tree order, with what the cards show, in constant queries."""
        from .course import CoursePage
        from .lesson import LessonPage

        courses = list(
            CoursePage.objects.child_of(self)
            .live()
            .public()
            .select_related("cover_image")
            .prefetch_related("cover_image__renditions")
            .order_by("path")
        )
        lesson_paths = (
            LessonPage.objects.live()
            .public()
            .filter(path__startswith=self.path, depth=self.depth + 2)
            .values_list("path", flat=True)
        )
        counts = Counter(path[: -Page.steplen] for path in lesson_paths)
        for course in courses:
            course.lesson_count = counts.get(course.path, 0)
        return courses

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = self.course_list()
        return context
