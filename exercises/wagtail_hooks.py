from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .chooser import ExerciseChooserViewSet
from .h5p.wagtail_hooks import H5PActivityViewSet
from .models import Exercise


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
    """Both kinds of activity a lesson holds, under one menu of the admin."""

    items = (ExerciseViewSet, H5PActivityViewSet)
    menu_label = _("Activités")
    menu_icon = "form"
    menu_order = 250


register_snippet(ActivitiesViewSetGroup)


# --- Exercises made where they are used ------------------------------------------------------
# The chooser's « Créer un exercice » tab opens inside the lesson editor, whose page loads only
# the lesson's own scripts: the exercise types' editing scripts (not Wagtail's own, already
# there) and the preview's come with every editor page.

from django.templatetags.static import static as _static  # noqa: E402
from django.utils.html import format_html_join as _format_html_join  # noqa: E402
from wagtail import hooks as _editor_hooks  # noqa: E402


def _exercise_type_media():
    from wagtail.blocks.base import BlockWidget

    from .models import ExerciseBodyBlock

    media = BlockWidget(ExerciseBodyBlock()).media
    own = lambda path: not str(path).startswith(("wagtail", "/static/wagtail", "http"))  # noqa: E731
    return (
        [path for path in media._js if own(path)],
        [path for paths in media._css.values() for path in paths if own(path)],
    )


@_editor_hooks.register("insert_editor_js")
def _exercise_chooser_js():
    scripts, _css = _exercise_type_media()
    return _format_html_join(
        "",
        '<script src="{}"></script>',
        [(_static(path),) for path in [*scripts, "exercises/exercise_chooser.js"]],
    )


@_editor_hooks.register("insert_global_admin_css")
def _exercise_chooser_css():
    _scripts, sheets = _exercise_type_media()
    return _format_html_join(
        "", '<link rel="stylesheet" href="{}">', [(_static(path),) for path in sheets]
    )


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
