"""The reading choice kept with an account, so it follows the learner from the centre's PC
to their laptop at home."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choice import SIZES, ReadingChoice


class ReadingPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reading_preference",
        verbose_name=_("personne"),
    )
    text_size = models.PositiveSmallIntegerField(
        _("taille du texte"), choices=list(SIZES.items()), default=1
    )
    high_contrast = models.BooleanField(_("contraste renforcé"), default=False)
    wide_spacing = models.BooleanField(_("plus d'espace"), default=False)
    less_motion = models.BooleanField(_("moins d'animations"), default=False)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        verbose_name = _("réglage de lecture")
        verbose_name_plural = _("réglages de lecture")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(text_size__gte=1, text_size__lte=3),
                name="reading_text_size_known",
            )
        ]

    def __str__(self):
        return str(self.user)

    @property
    def choice(self):
        return ReadingChoice(
            self.text_size, self.high_contrast, self.wide_spacing, self.less_motion
        )
