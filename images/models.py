"""The custom image model: alternative text is required, since learners may use a screen reader.
Its annotations (markers, arrows, hidden areas: ``images.annotations``) are drawn into every
rendition, never into the original file."""

import io
import os

from django.core.files import File
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError
from wagtail.search import index

from images import annotations as drawing

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

    annotations = models.JSONField(
        _("annotations"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("Repères, flèches et zones masquées, dessinés sur chaque version affichée."),
    )

    admin_form_fields = Image.admin_form_fields

    @property
    def default_alt_text(self):
        """The alternative text names the numbered markers drawn on the picture."""
        return drawing.alt_text(super().default_alt_text, self.annotations)

    @property
    def hides_something(self):
        return drawing.hides_something(self.annotations)

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
            if drawing.shapes_of(self.annotations) and not self.is_svg():
                source = self._annotated_source(source)
            generated = super().generate_rendition_file(filter, source=source)
        except TOO_MANY_PIXELS as error:
            raise SourceImageIOError(str(error)) from error
        if stamp := drawing.fingerprint(self.annotations):
            # New annotations give new addresses: no browser keeps a picture drawn from older
            # ones (a rendition is kept a day), nor one from before an area was hidden.
            stem, extension = os.path.splitext(generated.name)
            generated = File(generated.file, name=f"{stem[:48]}.a{stamp}{extension}")
        return generated

    def _annotated_source(self, source):
        """The original with its annotations drawn, at full size, in memory: every filter
        (crop, resize, format) then starts from it, so no rendition shows a hidden area."""
        if source is not None:
            source.seek(0)
            picture = PILImage.open(source)
        else:
            with self.open_file() as original:
                picture = PILImage.open(io.BytesIO(original.read()))
        picture.load()
        jpeg = picture.format == "JPEG"
        drawn = drawing.draw(picture, self.annotations)
        out = io.BytesIO()
        if jpeg:
            drawn.save(out, "JPEG", quality=92)
        else:
            drawn.save(out, "PNG")
        out.seek(0)
        return File(out, name=self.file.name)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
