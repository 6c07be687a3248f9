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


class FormerLearner(models.Model):
    """An erased person as the figures still count them: a centre and a public, nobody.

    Made at erasure; the kept anonymous rows (lessons, attendance) point here instead of to the
    account, so that the figures stay the same without anything tying them to the person."""

    centre_path = "centre"  # accounts.scope: a centre's figures are its own

    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    public = models.CharField(_("public"), max_length=12, choices=Public.choices, blank=True)
    # Lessons count for the centre's learners only (as they did while the account lived).
    was_learner = models.BooleanField(_("était apprenant"), default=False)

    class Meta:
        verbose_name = _("ancien apprenant (anonyme)")
        verbose_name_plural = _("anciens apprenants (anonymes)")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"


class FormerLearnerFact(models.Model):
    """One kept row (a lesson's progress or a place in a session) of a former learner."""

    former = models.ForeignKey(FormerLearner, on_delete=models.CASCADE, related_name="facts")
    progress = models.OneToOneField(
        "progress.LessonProgress",
        null=True,
        on_delete=models.CASCADE,
        related_name="former_fact",
    )
    enrolment = models.OneToOneField(
        "workshops.Enrolment",
        null=True,
        on_delete=models.CASCADE,
        related_name="former_fact",
    )

    class Meta:
        verbose_name = _("fait anonyme")
        verbose_name_plural = _("faits anonymes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__isnull=True) ^ models.Q(enrolment__isnull=True),
                name="former_fact_is_one_row",
            )
        ]

    def __str__(self):
        return f"{self.former_id} · {self.progress_id or self.enrolment_id}"
