"""A learner's CVs and cover letters: the most personal data on the platform. Only their
owner reaches them (every read goes through `selectors`, filtered by the owner); the photo is
kept in the row itself, never in the public media folder."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import limits


class Design(models.TextChoices):
    CLASSIC = "classique", _("Classique : sobre, en une colonne")
    BAND = "bandeau", _("Bandeau : le nom sur une bande de couleur")


class Document(models.Model):
    """What a CV and a letter share: an owner, a design, where the learner stopped, and the
    dates the two-year clean-up reads."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("personne"), on_delete=models.CASCADE
    )
    title = models.CharField(_("nom du document"), max_length=limits.SHORT)
    design = models.CharField(
        _("présentation"), max_length=20, choices=Design.choices, default=Design.CLASSIC
    )
    last_step = models.CharField(_("dernière étape remplie"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"))
    # Set by the daily clean-up when the document has been untouched for two years: the
    # learner sees a notice on their home page; any change clears it.
    stale_notice_at = models.DateTimeField(_("prévenu de la suppression le"), null=True, blank=True)
    # Shared by the learner with the employment service of a centre (their own when they
    # shared); withdrawn in one click, which empties both.
    shared_with = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("partagé avec le service emploi de"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    shared_at = models.DateTimeField(_("partagé le"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-updated_at", "-pk"]


class CV(Document):
    first_name = models.CharField(_("prénom"), max_length=limits.SHORT, blank=True)
    last_name = models.CharField(_("nom"), max_length=limits.SHORT, blank=True)
    town = models.CharField(_("ville"), max_length=limits.SHORT, blank=True)
    phone = models.CharField(_("téléphone"), max_length=limits.PHONE, blank=True)
    email = models.EmailField(_("adresse e-mail"), blank=True)
    job_sought = models.CharField(_("emploi recherché"), max_length=limits.LINE, blank=True)
    summary = models.TextField(_("en quelques mots"), blank=True)
    skills = models.JSONField(_("compétences cochées"), default=list, blank=True)
    other_skills = models.TextField(_("autres compétences"), blank=True)
    languages = models.TextField(_("langues"), blank=True)
    licence = models.CharField(_("permis de conduire"), max_length=20, blank=True)
    licence_other = models.CharField(_("autre permis"), max_length=limits.LINE, blank=True)
    interests = models.TextField(_("centres d'intérêt"), blank=True)
    photo = models.BinaryField(_("photo (JPEG)"), null=True, blank=True, editable=False)

    class Meta(Document.Meta):
        verbose_name = _("CV")
        verbose_name_plural = _("CV")

    def __str__(self):
        return self.title

    @property
    def full_name(self):
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class Entry(models.Model):
    """One line of a CV's experiences or trainings."""

    class Kind(models.TextChoices):
        EXPERIENCE = "experience", _("Expérience")
        TRAINING = "formation", _("Formation")

    class Nature(models.TextChoices):
        PAID = "emploi", _("Un emploi")
        VOLUNTEER = "benevolat", _("Du bénévolat, une association")
        FAMILY = "proche", _("M'occuper d'un proche, de ma famille")
        TRADE = "metier", _("Un métier appris autrefois")
        OTHER = "autre", _("Autre chose")

    cv = models.ForeignKey(
        CV, verbose_name=_("CV"), on_delete=models.CASCADE, related_name="entries"
    )
    kind = models.CharField(_("sorte"), max_length=20, choices=Kind.choices)
    nature = models.CharField(_("nature"), max_length=20, choices=Nature.choices, blank=True)
    title = models.CharField(_("intitulé"), max_length=limits.LINE)
    place = models.CharField(_("où"), max_length=limits.LINE, blank=True)
    period = models.CharField(_("quand"), max_length=limits.SHORT, blank=True)
    description = models.TextField(_("ce que j'y faisais"), blank=True)
    position = models.PositiveIntegerField(_("rang"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("ligne de CV")
        verbose_name_plural = _("lignes de CV")

    def __str__(self):
        return self.title


class CoverLetter(Document):
    job_title = models.CharField(_("poste visé"), max_length=limits.LINE, blank=True)
    employer = models.CharField(_("employeur"), max_length=limits.LINE, blank=True)
    offer_text = models.TextField(_("texte de l'offre"), blank=True)
    sender = models.TextField(_("mes coordonnées"), blank=True)
    recipient = models.TextField(_("destinataire"), blank=True)
    about_you = models.TextField(_("vous (l'employeur)"), blank=True)
    about_me = models.TextField(_("moi"), blank=True)
    about_us = models.TextField(_("nous"), blank=True)

    class Meta(Document.Meta):
        verbose_name = _("lettre de motivation")
        verbose_name_plural = _("lettres de motivation")

    def __str__(self):
        return self.title


class Comment(models.Model):
    """One message of the exchange between the employment service and the learner about a
    shared CV or letter. The thread belongs to the centre it was shared with: a counsellor
    reads only their centre's, and only while the document is shared."""

    cv = models.ForeignKey(
        CV, verbose_name=_("CV"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="comments",
    )  # fmt: skip
    letter = models.ForeignKey(
        CoverLetter, verbose_name=_("lettre de motivation"), null=True, blank=True,
        on_delete=models.CASCADE, related_name="comments",
    )  # fmt: skip
    centre = models.ForeignKey(
        "accounts.Centre", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="jobsearch_comments",
    )
    from_service = models.BooleanField(_("écrit par le service emploi"), default=False)
    text = models.TextField(_("texte"), max_length=limits.COMMENT)
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True)
    # When the learner first saw a counsellor's comment (the « nouveau » mark until then).
    read_at = models.DateTimeField(_("lu le"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("commentaire du service emploi")
        verbose_name_plural = _("commentaires du service emploi")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(cv__isnull=False, letter__isnull=True)
                | models.Q(cv__isnull=True, letter__isnull=False),
                name="jobsearch_comment_one_document",
            )
        ]

    def __str__(self):
        return f"{self.cv_id or self.letter_id} · {self.pk}"


# The employment service's offers live in their own module; Django finds them through here.
from .offer_models import Answer, Contract, Offer, Proposal  # noqa: E402, F401
