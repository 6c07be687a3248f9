"""The custom image model: alternative text is required, since learners may use a screen reader."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


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

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
