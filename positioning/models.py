"""A person's positioning result, and which course page is the track of each skill area."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .items import Area


class PositioningResult(models.Model):
    """One « Par où commencer ? » taken by a signed-in learner (alone or with a facilitator).

    An anonymous visitor's result stays in their session and is never stored. The answers hold
    no free text (the typed first name is only checked, not kept)."""

    centre_path = "centre"  # accounts.scope

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        # Erasure keeps the anonymous levels for the centre's figures, without anyone.
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="positioning_results",
    )
    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answers = models.JSONField(_("réponses"), default=dict)
    levels = models.JSONField(_("niveau par domaine"), default=dict)
    suggested_track_ids = models.JSONField(_("parcours conseillés"), default=list)
    taken_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("fait avec"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("fait le"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("positionnement")
        verbose_name_plural = _("positionnements")
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self):
        return f"{self.user_id} · {self.created_at:%Y-%m-%d}"


def _track_field(area):
    return models.ForeignKey(
        "courses.CoursePage",
        verbose_name=Area.LABELS[area],
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="pick")
class PositioningSettings(BaseSiteSetting):
    """The track suggested for each skill area. Left empty, the demo's track of that area
    (found by its slug) is used."""

    track_pc = _track_field(Area.PC)
    track_internet = _track_field(Area.INTERNET)
    track_office = _track_field(Area.OFFICE)
    track_photos = _track_field(Area.PHOTOS)
    track_eadmin = _track_field(Area.EADMIN)
    track_jobs = _track_field(Area.JOBS)

    panels = [FieldPanel(f"track_{area}") for area in Area.ORDER]

    class Meta:
        verbose_name = _("positionnement : parcours conseillés")
