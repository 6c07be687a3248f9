"""Visits to the « Espace Public »: a tally, not a register. A visitor has no account; the desk
records what they came for and, if they say, their public. No name and no free text, so the
rows can never identify anyone."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.models import Public


class Purpose(models.TextChoices):
    ADMINISTRATION = "admin", _("démarche administrative")
    JOB = "job", _("emploi / CV")
    LETTERS = "letters", _("courrier et impression")
    INTERNET = "internet", _("recherche internet / e-mail")
    OTHER = "other", _("autre")


class Visit(models.Model):
    centre_path = "centre"  # accounts.scope
    centre = models.ForeignKey(
        "accounts.Centre", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField(_("date"))
    public = models.CharField(_("public"), max_length=12, choices=Public.choices, blank=True)
    purpose = models.CharField(_("motif"), max_length=10, choices=Purpose.choices)
    # Who pressed « +1 »: only so that « Annuler la dernière » undoes one's own entry.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saisi par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("saisi le"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("passage à l'Espace Public")
        verbose_name_plural = _("passages à l'Espace Public")
        indexes = [models.Index(fields=["centre", "date"])]

    def __str__(self):
        return f"{self.date} · {self.purpose}"
