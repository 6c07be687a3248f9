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
