"""Job offers the centre's employment service records, and their proposal to chosen learners
of that centre. An offer belongs to the centre (the counsellor who wrote it may leave); a
proposal belongs to the learner it was made to (in their export, erased with them)."""

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import limits


class Contract(models.TextChoices):
    CDI = "cdi", _("CDI (sans date de fin)")
    CDD = "cdd", _("CDD (pour une durée fixée)")
    INTERIM = "interim", _("Intérim (des missions)")
    SEASONAL = "saisonnier", _("Saisonnier (une saison)")
    AIDED = "aide", _("Contrat aidé")
    TRAINING = "alternance", _("Alternance ou apprentissage")
    OTHER = "autre", _("Autre")


class Offer(models.Model):
    centre = models.ForeignKey(
        "accounts.Centre", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("écrite par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobsearch_offers_written",
    )
    title = models.CharField(_("poste"), max_length=limits.LINE)
    employer = models.CharField(_("employeur"), max_length=limits.LINE)
    place = models.CharField(_("lieu"), max_length=limits.LINE)
    contract = models.CharField(_("contrat"), max_length=20, choices=Contract.choices)
    link = models.URLField(
        _("lien vers l'annonce"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
    )
    closes_on = models.DateField(_("date limite pour répondre"), null=True, blank=True)
    description = models.TextField(_("description"), max_length=limits.OFFER, blank=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)
    # Closed by the counsellor (the post is filled) before or without a closing date.
    closed_at = models.DateTimeField(_("fermée le"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("offre d'emploi")
        verbose_name_plural = _("offres d'emploi")

    def __str__(self):
        return f"{self.title} — {self.employer}"

    def is_open(self, today=None):
        """Open until the counsellor closes it or its closing date has passed."""
        if self.closed_at is not None:
            return False
        today = today or timezone.localdate()
        return self.closes_on is None or self.closes_on >= today


class Answer(models.TextChoices):
    NONE = "", _("Pas encore de réponse")
    INTERESTED = "interesse", _("Ça m'intéresse")
    DECLINED = "non_merci", _("Non merci")


class Proposal(models.Model):
    """One offer proposed to one learner: the learner's answer, changeable while it is open."""

    offer = models.ForeignKey(
        Offer, verbose_name=_("offre"), on_delete=models.CASCADE, related_name="proposals"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        on_delete=models.CASCADE,
        related_name="jobsearch_proposals",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("proposée le"), auto_now_add=True)
    # When the learner first opened their offers (the « nouvelle » mark until then).
    seen_at = models.DateTimeField(_("vue le"), null=True, blank=True)
    answer = models.CharField(
        _("réponse"), max_length=20, choices=Answer.choices, blank=True, default=Answer.NONE
    )
    answered_at = models.DateTimeField(_("répondu le"), null=True, blank=True)

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        verbose_name = _("offre proposée")
        verbose_name_plural = _("offres proposées")
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "learner"], name="jobsearch_proposal_once_per_learner"
            )
        ]

    def __str__(self):
        return f"{self.offer_id} → {self.learner_id}"
