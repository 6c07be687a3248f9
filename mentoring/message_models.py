"""The shapes a conversation's message and a report of it take wherever learners write: the
mentors' questions here, the questions to services in partners. One definition, so that the
text limits, the withdrawal and the moderation stay the same rules in both. Abstract models:
each app keeps its own tables; only the fields each row points from stay in the app."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .limits import REASON_MAX_LENGTH, TEXT_MAX_LENGTH


class ConversationMessage(models.Model):
    """A message as typed (shown escaped), which its author may correct or withdraw for a
    while and a facilitator may hide. Subclasses add the thread it belongs to and its author
    (each with its own reverse name)."""

    text = models.TextField(_("texte"), max_length=TEXT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("modifié le"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("supprimé le"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("masqué le"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("masqué par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_visible(self):
        return self.deleted_at is None and self.hidden_at is None


class MessageReport(models.Model):
    """« Signaler »: someone who can see a message asks the centre's facilitators to look; they
    hide it or keep it, and that closes the report. Subclasses add the reporter (with its own
    reverse name) and what is reported."""

    class Outcome(models.TextChoices):
        HIDDEN = "hidden", _("masqué")
        KEPT = "kept", _("laissé visible")

    reason = models.TextField(_("raison"), max_length=REASON_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("signalé le"), auto_now_add=True)
    handled_at = models.DateTimeField(_("traité le"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("traité par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(_("décision"), max_length=10, choices=Outcome.choices, blank=True)

    class Meta:
        abstract = True
