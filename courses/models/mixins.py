"""Pieces shared by the page types."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def split_lines(text):
    """One item a line: how facilitators type objectives and prerequisites."""
    return [line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")]


def format_minutes(minutes):
    """« 25 min », « 3 h 05 »: the spaces do not break, so « 05 » never starts a line."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        text = _("%(m)s min") % {"m": rest}
    elif not rest:
        text = _("%(h)s h") % {"h": hours}
    else:
        text = _("%(h)s h %(m)02d") % {"h": hours, "m": rest}
    return text.replace(" ", "\u00a0")


class ObjectivesMixin(models.Model):
    objectives = models.TextField(
        _("objectifs"),
        blank=True,
        help_text=_("Un objectif par ligne, qui commence par un verbe : « Allumer l'ordinateur »."),
    )
    # Computed (courses.durations): the override when there is one, else the estimate.
    duration_minutes = models.PositiveSmallIntegerField(
        _("durée estimée (minutes)"), default=0, editable=False
    )
    duration_override = models.PositiveSmallIntegerField(
        _("durée imposée (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(6000)],
        help_text=_(
            "Laissez vide : la durée est calculée d'après le contenu. Remplissez seulement si "
            "vous connaissez mieux le temps qu'il faut à un débutant, pauses comprises."
        ),
    )

    class Meta:
        abstract = True

    @property
    def objective_list(self):
        return split_lines(self.objectives)

    @property
    def duration_display(self):
        return format_minutes(self.duration_minutes)
