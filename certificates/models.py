"""A certificate of completion: what was printed on it is kept as it was printed, so the
public check says the same thing as the paper even after a course is renamed or deleted."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Certificate(models.Model):
    centre_path = "centre"  # accounts.scope
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        null=True,  # erasure revokes it and keeps an anonymous trace
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # SET_NULL: deleting a course must not delete what learners hold on paper; the title
    # printed is kept below.
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("atelier"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        help_text=_("Le centre de la personne à la délivrance : ses animateurs la gèrent."),
    )
    # What is printed, as it was printed.
    learner_name = models.CharField(_("nom imprimé"), max_length=300, blank=True)
    course_title = models.CharField(_("atelier imprimé"), max_length=255)
    centre_name = models.CharField(_("centre imprimé"), max_length=255, blank=True)
    lesson_count = models.PositiveIntegerField(_("nombre de leçons"))
    issued_at = models.DateTimeField(_("délivrée le"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("délivrée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    code = models.CharField(_("code de vérification"), max_length=32, unique=True)
    revoked_at = models.DateTimeField(_("retirée le"), null=True, blank=True)
    revoked_reason = models.TextField(_("raison du retrait"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("retirée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attestation")
        verbose_name_plural = _("attestations")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")
        ]
        indexes = [models.Index(fields=["centre", "-issued_at"])]

    def __str__(self):
        return self.code

    @property
    def is_revoked(self):
        return self.revoked_at is not None
