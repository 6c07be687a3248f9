from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_panels import WritingGuidePanel
from .models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "snippet"
    menu_label = _("Glossaire")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    # The model's search index names the fields searched: naming them here too breaks every
    # search of this list on SQLite (Wagtail's SQLite backend cannot search chosen fields).


register_snippet(GlossaryTermViewSet)


@hooks.register("construct_homepage_panels")
def add_writing_guide(request, panels):
    panels.insert(0, WritingGuidePanel())


# The reading-level advice beside Wagtail's own checks (courses/reading_check.py).
from wagtail import hooks as _reading_hooks  # noqa: E402

from .reading_check import use_reading_checker  # noqa: E402

_reading_hooks.register("construct_wagtail_userbar", use_reading_checker)


# --- Course exchange between sites (courses/exchange): export and import buttons -------------

from django.urls import path as _exchange_path  # noqa: E402
from django.urls import reverse as _exchange_reverse  # noqa: E402
from wagtail import hooks as _exchange_hooks  # noqa: E402
from wagtail.admin.ui.menus.pages import PageMenuItem as _PageMenuItem  # noqa: E402


@_exchange_hooks.register("register_admin_urls")
def _exchange_admin_urls():
    from .exchange.admin_views import copy_view, export_view, import_view

    return [
        _exchange_path(
            "pasapas/courses/<int:page_id>/export/", export_view, name="pasapas_course_export"
        ),
        _exchange_path(
            "pasapas/courses/<int:page_id>/copy/", copy_view, name="pasapas_course_copy"
        ),
        _exchange_path(
            "pasapas/catalogues/<int:page_id>/import/",
            import_view,
            name="pasapas_course_import",
        ),
    ]


def _exchange_buttons(page, user):
    from .models import CourseIndexPage, CoursePage

    model = page.specific_class
    if model is CoursePage and page.permissions_for_user(user).can_edit():
        yield _PageMenuItem(
            label=_("Copier dans mon centre"),
            url=_exchange_reverse("pasapas_course_copy", args=[page.pk]),
            icon_name="copy",
            priority=34,
            page=page,
        )
        yield _PageMenuItem(
            label=_("Exporter en fichier (autre site)"),
            url=_exchange_reverse("pasapas_course_export", args=[page.pk]),
            icon_name="download",
            priority=35,
            page=page,
        )
    if model is CourseIndexPage and page.permissions_for_user(user).can_add_subpage():
        yield _PageMenuItem(
            label=_("Importer un parcours (fichier)"),
            url=_exchange_reverse("pasapas_course_import", args=[page.pk]),
            icon_name="upload",
            priority=36,
            page=page,
        )


@_exchange_hooks.register("register_page_header_buttons")
def _exchange_header_buttons(page, user, view_name, next_url=None):
    yield from _exchange_buttons(page, user)


@_exchange_hooks.register("register_page_listing_more_buttons")
def _exchange_listing_buttons(page, user, next_url=None):
    yield from _exchange_buttons(page, user)


# --- Wagtail's own « Copier »: the copy gets its own exercises and H5P activities ------------


@hooks.register("after_copy_page")
def _copy_gets_its_own_activities(request, page, new_page):
    from django.contrib import messages
    from django.utils.translation import ngettext

    from .exchange.copying import copy_own_activities

    report = copy_own_activities(page=new_page, user=request.user)
    copied = report.exercises + report.activities
    if copied:
        messages.info(
            request,
            ngettext(
                "%(count)s exercice ou activité H5P copié avec la page : le modifier ne "
                "change pas l'original.",
                "%(count)s exercices ou activités H5P copiés avec la page : les modifier ne "
                "change pas l'original.",
                copied,
            )
            % {"count": copied},
        )
    if report.problems:
        messages.warning(
            request,
            ngettext(
                "Cette activité H5P n'a pas pu être copiée et reste partagée avec "
                "l'original : %(titles)s.",
                "Ces activités H5P n'ont pas pu être copiées et restent partagées avec "
                "l'original : %(titles)s.",
                len(report.problems),
            )
            % {"titles": ", ".join(report.problems)},
        )
