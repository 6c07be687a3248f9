"""The custom image model: alternative text is required, since learners may use a screen reader."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError
from wagtail.search import index

TOO_MANY_PIXELS = (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning)


class CustomImage(AbstractImage):
    # Wagtail's own ``description`` is its alt text; here it may not be left empty.
    description = models.CharField(
        _("texte alternatif"),
        max_length=255,
        help_text=_(
            "Obligatoire. Décrivez l'image pour une personne qui ne la voit pas, par exemple "
            "« Le bouton Démarrer, en bas à gauche de l'écran »."
        ),
    )

    admin_form_fields = Image.admin_form_fields

    # The admin's chooser filters a search by tag name: without this filter field, searching
    # with a tag chosen was a server error (found by the URL walk).
    search_fields = [
        field for field in AbstractImage.search_fields if field.field_name != "tags"
    ] + [
        index.RelatedFields(
            "tags",
            [
                index.SearchField("name", boost=10),
                index.AutocompleteField("name"),
                index.FilterField("name"),
            ],
        )
    ]

    def generate_rendition_file(self, filter, *, source=None):
        """An image beyond the pixel limit (stored before the limit, or restored) is treated as a
        missing file: Wagtail's image tag then shows its « not found » placeholder, not a 500."""
        try:
            return super().generate_rendition_file(filter, source=source)
        except TOO_MANY_PIXELS as error:
            raise SourceImageIOError(str(error)) from error

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
