"""The weekly timetable, the dated sessions it gives, and who comes to each session.

Sessions copy what they need from their workshop (room, track, facilitator, places) so that one
date can change (another room, a replacement) without touching the timetable."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_PLACES = 8
DEFAULT_MINUTES = 90


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("lundi")
    TUESDAY = 1, _("mardi")
    WEDNESDAY = 2, _("mercredi")
    THURSDAY = 3, _("jeudi")
    FRIDAY = 4, _("vendredi")
    SATURDAY = 5, _("samedi")
    SUNDAY = 6, _("dimanche")


class Room(models.Model):
    """A room of a centre: « Espace Atelier » (8 PCs), « Espace Public »…"""

    centre_path = "centre"  # accounts.scope

    centre = models.ForeignKey(
        "accounts.Centre", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="rooms"
    )
    name = models.CharField(_("nom"), max_length=80)
    computers = models.PositiveSmallIntegerField(
        _("postes"), default=DEFAULT_PLACES, validators=[MinValueValidator(1)]
    )

    class Meta:
        ordering = ["centre__name", "name"]
        verbose_name = _("salle")
        verbose_name_plural = _("salles")
        constraints = [
            models.UniqueConstraint(fields=["centre", "name"], name="one_room_name_per_centre")
        ]

    def __str__(self):
        return self.name


class Workshop(models.Model):
    """A line of the weekly timetable: every Tuesday at 14:00, internet, room 1, Sylvie."""

    centre_path = "centre"  # accounts.scope

    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        on_delete=models.CASCADE,
        related_name="workshops",
    )
    title = models.CharField(
        _("titre"),
        max_length=120,
        blank=True,
        help_text=_("Laissez vide pour reprendre le titre du parcours."),
    )
    track = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("parcours"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    weekday = models.PositiveSmallIntegerField(_("jour"), choices=Weekday.choices)
    start_time = models.TimeField(_("heure de début"))
    minutes = models.PositiveSmallIntegerField(
        _("durée (minutes)"),
        default=DEFAULT_MINUTES,
        validators=[MinValueValidator(15), MaxValueValidator(480)],
    )
    room = models.ForeignKey(
        Room, verbose_name=_("salle"), on_delete=models.PROTECT, related_name="workshops"
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("animateur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="workshops_led",
    )
    places = models.PositiveSmallIntegerField(
        _("places"),
        default=DEFAULT_PLACES,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
    )
    is_active = models.BooleanField(_("en cours"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["weekday", "start_time"]
        verbose_name = _("atelier")
        verbose_name_plural = _("ateliers")

    def __str__(self):
        return self.name

    @property
    def name(self):
        if self.title:
            return self.title
        return self.track.title if self.track_id and self.track else str(_("Atelier"))


class Session(models.Model):
    """One dated meeting of a workshop, or a one-off session."""

    centre_path = "centre"  # accounts.scope

    workshop = models.ForeignKey(
        Workshop,
        verbose_name=_("atelier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    centre = models.ForeignKey(
        "accounts.Centre", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("titre"), max_length=120)
    track = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("parcours"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the course is deleted, so that the figures still count the session in it.
    track_kept_id = models.PositiveIntegerField(_("parcours (identifiant)"), null=True, blank=True)
    track_title = models.CharField(_("titre du parcours"), max_length=255, blank=True)
    room = models.ForeignKey(
        Room, verbose_name=_("salle"), on_delete=models.PROTECT, related_name="sessions"
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("animateur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions_led",
    )
    starts_at = models.DateTimeField(_("début"), db_index=True)
    ends_at = models.DateTimeField(_("fin"))
    places = models.PositiveSmallIntegerField(
        _("places"),
        default=DEFAULT_PLACES,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
    )
    is_cancelled = models.BooleanField(_("annulée"), default=False)
    # The live room: where the facilitator sends everyone (« tout le monde page 3 »).
    goto_lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leçon pour tout le groupe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    goto_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("séance")
        verbose_name_plural = _("séances")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["workshop", "starts_at"], name="one_session_per_workshop_and_time"
            ),
        ]

    def __str__(self):
        return f"{self.title} · {self.starts_at:%Y-%m-%d %H:%M}"


class Enrolment(models.Model):
    """A person in a session: enrolled, or waiting for a place; and whether they came."""

    centre_path = "session__centre"  # accounts.scope

    class Status(models.TextChoices):
        ENROLLED = "enrolled", _("inscrit")
        WAITING = "waiting", _("liste d'attente")
        CANCELLED = "cancelled", _("désinscrit")

    session = models.ForeignKey(
        Session, verbose_name=_("séance"), on_delete=models.CASCADE, related_name="enrolments"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        # Erasure keeps the anonymous attendance figures: the row stays, without anyone.
        null=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.ENROLLED
    )
    created_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)
    # None: not taken yet; True: came; False: did not come.
    attended = models.BooleanField(_("présent"), null=True, blank=True)
    # The live room: a raised hand (« J'ai besoin d'aide ») until the facilitator lowers it.
    hand_raised_at = models.DateTimeField(_("main levée à"), null=True, blank=True)
    last_seen_at = models.DateTimeField(_("vu dans la salle à"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_enrolment_per_session")
        ]
        indexes = [models.Index(fields=["session", "status"])]

    def __str__(self):
        return f"{self.session_id} · {self.user_id} · {self.status}"
