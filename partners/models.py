"""Partner organisations (the CAF, the CPAM, the tax office…), their agents, the agents'
permanences at the centre, and the questions learners ask them. Questions and answers follow
the mentoring questions' shape (read marks, edit window, moderation); their texts are stored
only once masked (`masking`)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A public service that helps at the centre: shared by every centre, like the courses."""

    name = models.CharField(_("nom"), max_length=120, unique=True)
    short_name = models.CharField(
        _("nom court"),
        max_length=40,
        help_text=_("Comme les apprenants le disent : « la CAF », « les impôts »."),
    )
    service = models.CharField(
        _("type de service"),
        max_length=120,
        help_text=_("Par exemple : allocations familiales et logement, retraite, santé."),
    )
    helps_with = models.TextField(
        _("ce que ses agents peuvent faire"),
        help_text=_("Les questions qu'ils peuvent régler, en mots simples."),
    )
    contact = models.TextField(
        _("comment les joindre en dehors du centre"),
        blank=True,
        help_text=_("Téléphone, site, accueil : ce que l'apprenant peut faire seul."),
    )
    lesson_theme = models.CharField(
        _("thème des leçons"),
        max_length=100,
        blank=True,
        help_text=_(
            "Le thème des leçons d'e-administration sur ce service (par exemple "
            "« allocations ») : ses permanences et ses questions fréquentes y sont montrées."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisme partenaire")
        verbose_name_plural = _("organismes partenaires")

    def __str__(self):
        return self.name


class Agent(models.Model):
    """An agent of one organisation, serving the centres listed: they see the questions to
    their organisation from those centres' learners, nothing else."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="partner_agent",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisme"),
        on_delete=models.PROTECT,
        related_name="agents",
    )
    centres = models.ManyToManyField(
        "accounts.Centre", verbose_name=_("centres servis"), related_name="partner_agents"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invité par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invité le"), auto_now_add=True)

    class Meta:
        verbose_name = _("agent partenaire")
        verbose_name_plural = _("agents partenaires")

    def __str__(self):
        return f"{self.user} · {self.organisation}"


class Permanence(models.Model):
    """An agent at the centre: at a workshop session or at the Espace Public desk. Learners of
    that centre see it on the lessons about the service, in « Mes ateliers » and on the home
    page; they may say they will come with a question."""

    centre_path = "centre"  # accounts.scope

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisme"),
        on_delete=models.PROTECT,
        related_name="permanences",
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("agent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_permanences",
    )
    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        on_delete=models.CASCADE,
        related_name="partner_permanences",
    )
    session = models.ForeignKey(
        "workshops.Session",
        verbose_name=_("séance d'atelier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_permanences",
    )
    place = models.CharField(_("lieu"), max_length=120)
    starts_at = models.DateTimeField(_("début"), db_index=True)
    ends_at = models.DateTimeField(_("fin"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("permanence")
        verbose_name_plural = _("permanences")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="permanence_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return f"{self.organisation_id} · {self.starts_at:%Y-%m-%d %H:%M}"


class Visit(models.Model):
    """« Je viendrai avec une question »: so that the agent knows how many to expect."""

    centre_path = "permanence__centre"  # accounts.scope

    permanence = models.ForeignKey(Permanence, on_delete=models.CASCADE, related_name="visits")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_visits"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("venue annoncée")
        verbose_name_plural = _("venues annoncées")
        constraints = [
            models.UniqueConstraint(fields=["permanence", "learner"], name="one_visit_per_learner")
        ]

    def __str__(self):
        return f"{self.learner_id} → {self.permanence_id}"
