"""One-to-one help at the Espace Public: the slots a facilitator or a counsellor publishes, and
the booking of a learner (or of a visitor without an account, booked by the desk) in each.

A slot copies its place's name, so that a room renamed or deleted later does not rewrite where
people were told to come. A booking keeps its purpose and attendance for the centre's figures
even once the person is erased or the visitor's name forgotten."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Duration(models.IntegerChoices):
    HALF_HOUR = 30, _("30 minutes")
    THREE_QUARTERS = 45, _("45 minutes")
    HOUR = 60, _("1 heure")


class Purpose(models.TextChoices):
    CV = "cv", _("Faire ou refaire mon CV")
    LETTER = "lettre", _("Écrire une lettre de motivation")
    PROCEDURE = "demarche", _("Faire une démarche administrative")
    SEARCH = "recherche", _("Chercher un emploi sur Internet")
    PRINTING = "impression", _("Imprimer un document")
    OTHER = "autre", _("Autre chose")


class Slot(models.Model):
    """Half an hour (or 45 minutes, or an hour) when one person of the centre helps one
    visitor, in a room of the centre or at the desk."""

    centre_path = "centre"  # accounts.scope

    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        on_delete=models.CASCADE,
        related_name="appointment_slots",
    )
    starts_at = models.DateTimeField(_("début"), db_index=True)
    minutes = models.PositiveSmallIntegerField(_("durée"), choices=Duration.choices)
    room = models.ForeignKey(
        "workshops.Room",
        verbose_name=_("salle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment_slots",
    )
    place = models.CharField(_("lieu"), max_length=80)
    helper = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("qui aide"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment_slots",
    )
    note = models.CharField(_("remarque"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("publié par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(_("annulé le"), null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("créneau de rendez-vous")
        verbose_name_plural = _("créneaux de rendez-vous")
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__in=[choice.value for choice in Duration]),
                name="appointment_slot_known_duration",
            )
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return f"{local:%d/%m/%Y %H:%M} · {self.place}"

    @property
    def ends_at(self):
        return self.starts_at + datetime.timedelta(minutes=self.minutes)

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None


class Booking(models.Model):
    """One person in one slot: a learner with an account, or a visitor the desk booked by first
    name (and phone). At most one booking of a slot is active at a time (a database
    constraint: two people booking the last slot at once cannot both have it)."""

    centre_path = "slot__centre"  # accounts.scope

    slot = models.ForeignKey(
        Slot, verbose_name=_("créneau"), on_delete=models.CASCADE, related_name="bookings"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("apprenant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment_bookings",
    )
    visitor_name = models.CharField(_("prénom du visiteur"), max_length=60, blank=True)
    visitor_phone = models.CharField(_("téléphone du visiteur"), max_length=20, blank=True)
    purpose = models.CharField(_("pour quoi"), max_length=12, choices=Purpose.choices)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("réservé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("réservé le"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("annulé le"), null=True, blank=True)
    # None until the staff say: venu (True) or pas venu (False).
    attended = models.BooleanField(_("venu"), null=True, blank=True)
    attendance_at = models.DateTimeField(null=True, blank=True)
    # When the visitor's name and phone were deleted (the booking stays for the figures).
    visitor_forgotten_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["slot__starts_at", "pk"]
        verbose_name = _("rendez-vous")
        verbose_name_plural = _("rendez-vous")
        constraints = [
            models.UniqueConstraint(
                fields=["slot"],
                condition=Q(cancelled_at__isnull=True),
                name="one_active_booking_per_slot",
            )
        ]

    def __str__(self):
        return f"{self.slot} · {self.get_purpose_display()}"

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None
