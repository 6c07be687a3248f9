"""The admin image form: a plain-language message when the alt text is missing, and a new
file that takes the old file's annotations away (they were drawn on the old picture: a blurred
name or a marker would no longer be where it belongs, so they are cleared, and the file field
says so before anyone sends a new file)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.images.forms import BaseImageForm

from images import annotations as drawing

ALT_TEXT_REQUIRED = _("Le texte alternatif est obligatoire : décrivez l'image en une phrase.")
TOO_MANY_PIXELS = _(
    "Cette image est trop grande : %(millions)s millions de pixels au plus (largeur × hauteur). "
    "Réduisez-la avant de l'envoyer, par exemple à 3000 pixels de large."
)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Pillow's count is not always known (it refuses before counting): the limit is.
            limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
            self.fields["file"].error_messages["file_too_many_pixels"] = TOO_MANY_PIXELS % {
                "millions": limit // 1_000_000
            }
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].error_messages["required"] = ALT_TEXT_REQUIRED
        shapes = drawing.shapes_of(self.instance.annotations) if self.instance.pk else []
        if "file" in self.fields and shapes:
            warning = ngettext(
                "Attention : remplacer le fichier retire l'annotation de l'image (%(count)s "
                "élément), dessinée sur l'ancienne image. Vous pourrez annoter la nouvelle.",
                "Attention : remplacer le fichier retire les annotations de l'image "
                "(%(count)s éléments), dessinées sur l'ancienne image. Vous pourrez annoter "
                "la nouvelle.",
                len(shapes),
            ) % {"count": len(shapes)}
            field = self.fields["file"]
            field.help_text = f"{field.help_text} {warning}".strip()

    def save(self, commit=True):
        if "file" in self.changed_data and drawing.shapes_of(self.instance.annotations):
            # Drawn on the old picture: a blur would no longer hide what it hid.
            self.instance.annotations = dict(drawing.EMPTY)
        return super().save(commit=commit)
