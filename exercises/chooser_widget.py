"""The exercise block's chooser widget. Its « Créer un exercice » tab opens inside the lesson
editor, whose page holds only the lesson's own scripts: the widget brings the exercise types'
editing scripts and sheets (never Wagtail's own, already there) and the preview's script as
its media, so an editor loads them only when its form holds an exercise block."""

from functools import cache

from django import forms
from wagtail.snippets.widgets import AdminSnippetChooser

PREVIEW_SCRIPT = "exercises/exercise_chooser.js"


def _own(item):
    path = str(getattr(item, "path", item))
    return not path.startswith(("wagtail", "/static/wagtail", "http"))


@cache
def creation_tab_media():
    """What the creation tab needs; the same for every request, so built once."""
    from wagtail.blocks.base import BlockWidget

    from .models import ExerciseBodyBlock

    media = BlockWidget(ExerciseBodyBlock()).media
    return forms.Media(
        js=[item for item in media._js if _own(item)] + [PREVIEW_SCRIPT],
        css={kind: [item for item in items if _own(item)] for kind, items in media._css.items()},
    )


class ExerciseChooserWidget(AdminSnippetChooser):
    @property
    def media(self):
        return super().media + creation_tab_media()
