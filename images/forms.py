"""The admin image form: a plain-language message when the alt text is missing."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

ALT_TEXT_REQUIRED = _(
    "Le texte alternatif est obligatoire : décrivez l'image en une phrase. "
    "(Alt text is required: describe the image in one sentence.)"
)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].error_messages["required"] = ALT_TEXT_REQUIRED
