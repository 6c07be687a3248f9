"""Learner data, apart from the content: plain Django models that point at pages by id, so
progress survives a lesson being renamed, moved or reordered."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        # Erasure keeps anonymous aggregates: the row stays, without anyone behind it.
        null=True,
        on_delete=models.SET_NULL,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("leçon"), on_delete=models.CASCADE, related_name="+"
    )
    started_at = models.DateTimeField(_("commencée le"), auto_now_add=True)
    last_visited_at = models.DateTimeField(_("dernière visite"), auto_now_add=True, db_index=True)
    completed_at = models.DateTimeField(_("terminée le"), null=True, blank=True)
    position = models.CharField(
        _("position dans la leçon"),
        max_length=64,
        blank=True,
        help_text=_("L'identifiant du dernier passage lu, pour reprendre au bon endroit."),
    )

    class Meta:
        verbose_name = _("progression dans une leçon")
        verbose_name_plural = _("progressions dans les leçons")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")
        ]
        indexes = [models.Index(fields=["user", "-last_visited_at"])]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_id}"

    @property
    def is_completed(self):
        return self.completed_at is not None
