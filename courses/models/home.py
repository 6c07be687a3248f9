from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from ..page_cache import CachedRestrictionsMixin, page_at
from .catalogue import CourseIndexPage


class HomePage(CachedRestrictionsMixin, Page):
    """The welcome page: what the site is for, and the workshop tracks at a glance."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    how_it_works = RichTextField(
        _("comment ça marche"), features=["bold", "italic", "ol", "ul", "link"], blank=True
    )
    centre_name = models.CharField(_("nom du lieu"), max_length=120, blank=True)
    centre_address = models.TextField(_("adresse et horaires"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("how_it_works"),
        FieldPanel("centre_name"),
        FieldPanel("centre_address"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def route(self, request, path_components):
        """Find a page below home from its address in one query (which page an address names
        is cached: courses.page_cache), instead of two a level.

        Pages with routes of their own (none yet) still work: when no page has that exact
        address, Wagtail's level-by-level walk takes over.

        Kept over Wagtail's own walk for a measured reason (issue 26): a lesson page signed
        out is 9 queries with this, 13 without (2 a level: catalogue, course, lesson); a course
        page 9 against 11 (courses.tests.test_query_counts.queries_for, SQLite)."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = page_at(self, url_path)
            if page is not None:
                if not page.live:
                    raise Http404
                return RouteResult(page)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        catalogue = CourseIndexPage.objects.child_of(self).live().first()
        context["catalogue"] = catalogue
        context["courses"] = catalogue.course_list() if catalogue else []
        return context
