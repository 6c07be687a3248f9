"""The outbox of xAPI statements and the pseudonyms that stand for people in them.

A statement is written here in the transaction of the event it tells (a lesson opened: in one
INSERT before the page leaves; only queuing the drain waits until it is sent), and leaves
later, from a background task: the page never waits for the LRS, and an LRS that is down loses
nothing."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Pseudonym(models.Model):
    """The opaque name a person has in the LRS: random, so that nothing in a statement leads
    back to them; deleting it at erasure cuts the last link."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lrs_pseudonym"
    )
    name = models.UUIDField(_("identifiant anonyme"), default=uuid.uuid4, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pseudonyme xAPI")
        verbose_name_plural = _("pseudonymes xAPI")

    def __str__(self):
        return str(self.name)


class OutboxStatement(models.Model):
    """One statement to send, then sent (or refused by the LRS). Sent in the order of `pk`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("à envoyer")
        SENT = "sent", _("envoyée")
        REFUSED = "refused", _("refusée par l'entrepôt")

    statement_id = models.UUIDField(_("identifiant de la déclaration"), unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="lrs_statements",
    )
    verb = models.CharField(_("verbe"), max_length=32)
    object_iri = models.CharField(_("activité"), max_length=500)
    statement = models.JSONField(_("déclaration"))
    created_at = models.DateTimeField(_("écrite le"), default=timezone.now)
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    sent_at = models.DateTimeField(_("envoyée le"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("envois manqués"), default=0)
    next_attempt_at = models.DateTimeField(_("prochain essai"), null=True, blank=True)
    last_error = models.CharField(_("dernière erreur"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("déclaration xAPI à envoyer")
        verbose_name_plural = _("déclarations xAPI à envoyer")
        indexes = [models.Index(fields=["status", "id"], name="lrs_outbox_status_order")]

    def __str__(self):
        return f"{self.statement_id} · {self.verb} · {self.status}"


class DrainLease(models.Model):
    """One drain at a time, whatever the number of workers, so that statements leave in order.
    Taken by a conditional update (atomic on SQLite and PostgreSQL), never a lock held while
    the LRS answers."""

    name = models.CharField(max_length=20, primary_key=True)
    holder = models.UUIDField(null=True, blank=True)
    until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("envoi en cours")
        verbose_name_plural = _("envois en cours")

    def __str__(self):
        return self.name
