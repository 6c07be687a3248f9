"""The admin image form: a plain-language message when the alt text is missing."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

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
