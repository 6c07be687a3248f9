from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .chooser import ExerciseChooserViewSet
from .h5p.wagtail_hooks import H5PActivityViewSet
from .models import Exercise
from .scorm.wagtail_hooks import ScormPackageViewSet


class ExerciseViewSet(SnippetViewSet):
    model = Exercise
    icon = "form"
    menu_label = _("Exercices")
    # The lesson's block creates exercises in place (exercises/chooser.py).
    chooser_viewset_class = ExerciseChooserViewSet
    list_display = ["title", "type_label", "updated_at"]
    # The model's search index names the fields searched: naming them here too breaks every
    # search of this list on SQLite (Wagtail's SQLite backend cannot search chosen fields).


class ActivitiesViewSetGroup(SnippetViewSetGroup):
    """Every kind of activity a lesson holds, under one menu of the admin."""

    items = (ExerciseViewSet, H5PActivityViewSet, ScormPackageViewSet)
    menu_label = _("Activités")
    menu_icon = "form"
    menu_order = 250


register_snippet(ActivitiesViewSetGroup)


# --- Cliquer sur l'image (click_image type): the zone drawer's image preview -----------------
# The drawer asks this admin URL for the chosen image, large enough to draw the right zones on.
# Admin URLs already require admin access; the view also checks the image permissions.

from django.urls import path as _click_image_path  # noqa: E402
from wagtail import hooks as _click_image_hooks  # noqa: E402


@_click_image_hooks.register("register_admin_urls")
def _click_image_admin_urls():
    from .types.click_image import image_preview

    return [
        _click_image_path(
            "pasapas/image-zones/<int:image_id>/",
            image_preview,
            name="pasapas_click_image_preview",
        )
    ]


# --- Exercises made where they are used ------------------------------------------------------
# The chooser's « Créer un exercice » tab opens inside the lesson editor, whose page loads only
# the lesson's own scripts: the exercise types' editing scripts (not Wagtail's own, already
# there) and the preview's come with every editor page.

from functools import cache as _cache  # noqa: E402

from django.forms import Media as _Media  # noqa: E402
from wagtail import hooks as _editor_hooks  # noqa: E402


def _own(item):
    path = str(getattr(item, "path", item))
    return not path.startswith(("wagtail", "/static/wagtail", "http"))


@_cache
def _exercise_type_media():
    """The types' own editing scripts and sheets (never Wagtail's, already on the page); the
    same for every request, so built once."""
    from wagtail.blocks.base import BlockWidget

    from .models import ExerciseBodyBlock

    media = BlockWidget(ExerciseBodyBlock()).media
    return _Media(
        js=[item for item in media._js if _own(item)],
        css={kind: [item for item in items if _own(item)] for kind, items in media._css.items()},
    )


@_editor_hooks.register("insert_editor_js")
def _exercise_chooser_js():
    media = _exercise_type_media() + _Media(js=["exercises/exercise_chooser.js"])
    return "".join(media.render_js())


@_editor_hooks.register("insert_global_admin_css")
def _exercise_chooser_css():
    return "".join(_exercise_type_media().render_css())
