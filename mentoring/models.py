"""Mentoring data: who helps whom (with the learner's consent), questions asked on lessons
and their answers, mentors' tips, reports, and what each person has read. Plain Django models
that point at pages by id, like progress; the texts are stored as typed and only ever shown
escaped."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .limits import REASON_MAX_LENGTH, TEXT_MAX_LENGTH
from .message_models import ConversationMessage, MessageReport


class Pairing(models.Model):
    """A mentor and a learner of the same centre. A facilitator proposes it; it only counts
    once the learner accepts, and either of them (or a facilitator) can end it."""

    centre_path = "learner__centre"  # accounts.scope

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposé")
        ACCEPTED = "accepted", _("accepté")
        ENDED = "ended", _("terminé")

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ange gardien"),
        on_delete=models.CASCADE,
        related_name="mentee_pairings",
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("apprenant"),
        on_delete=models.CASCADE,
        related_name="mentor_pairings",
    )
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("proposé le"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepté le"), null=True, blank=True)
    ended_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("binôme")
        verbose_name_plural = _("binômes")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentor", "learner"],
                condition=Q(status__in=["proposed", "accepted"]),
                name="one_active_pairing_per_pair",
            ),
            models.CheckConstraint(
                condition=~Q(mentor=models.F("learner")), name="pairing_not_with_oneself"
            ),
        ]

    def __str__(self):
        return f"{self.mentor_id} → {self.learner_id} ({self.status})"

    @property
    def is_active(self):
        return self.status in (self.Status.PROPOSED, self.Status.ACCEPTED)


class Thread(models.Model):
    """A question a learner asked on a lesson (or on a step of it). Its first message is the
    question; the following ones are the answers and the learner's follow-ups."""

    centre_path = "learner__centre"  # accounts.scope

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("apprenant"),
        on_delete=models.CASCADE,
        related_name="mentoring_threads",
    )
    # A deleted lesson leaves the question (and its answers) with the lesson's title.
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leçon"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson_title = models.CharField(_("titre de la leçon"), max_length=255, blank=True)
    block_id = models.CharField(_("étape (bloc)"), max_length=64, blank=True)
    # The step's title when the question was asked: lists show it without loading lessons.
    step_label = models.CharField(_("étape"), max_length=160, blank=True)
    created_at = models.DateTimeField(_("posée le"), auto_now_add=True)
    last_message_at = models.DateTimeField(_("dernier message"), auto_now_add=True)
    solved_at = models.DateTimeField(_("résolue le"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("masquée le"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("masquée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-last_message_at"]
        indexes = [
            models.Index(fields=["learner", "lesson"]),
            models.Index(fields=["-last_message_at"]),
        ]

    def __str__(self):
        return f"{self.learner_id} · {self.lesson_id} · {self.pk}"

    @property
    def lesson_name(self):
        """The lesson's title, live or as kept when it was deleted."""
        return self.lesson.title if self.lesson_id else self.lesson_title

    @property
    def is_solved(self):
        return self.solved_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None


class Message(ConversationMessage):
    centre_path = "thread__learner__centre"  # accounts.scope

    thread = models.ForeignKey(
        Thread, verbose_name=_("question"), on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,  # erased people leave a blank, anonymous message
        on_delete=models.SET_NULL,
        related_name="mentoring_messages",
    )

    class Meta(ConversationMessage.Meta):
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [models.Index(fields=["author", "-created_at"])]

    def __str__(self):
        return f"{self.thread_id} · {self.pk}"


class ReadMark(models.Model):
    """Until when a person has read a thread: one row per person and thread, so unread counts
    are one query whatever the number of messages."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_marks")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_read_marks"
    )
    last_read_at = models.DateTimeField(_("lu jusqu'au"))

    class Meta:
        verbose_name = _("lecture")
        verbose_name_plural = _("lectures")
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="one_read_mark_per_thread")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.thread_id}"


class Tip(models.Model):
    """« Le conseil de l'ange gardien »: shown on the lesson once a facilitator approved it."""

    centre_path = "mentor__centre"  # accounts.scope

    class Status(models.TextChoices):
        PENDING = "pending", _("à relire")
        APPROVED = "approved", _("approuvé")
        REJECTED = "rejected", _("refusé")

    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leçon"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson_title = models.CharField(_("titre de la leçon"), max_length=255, blank=True)
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ange gardien"),
        on_delete=models.CASCADE,
        related_name="mentoring_tips",
    )
    text = models.TextField(_("conseil"), max_length=TEXT_MAX_LENGTH)
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("modifié le"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("relu par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("relu le"), null=True, blank=True)
    review_note = models.TextField(
        _("mot pour l'ange gardien"),
        max_length=REASON_MAX_LENGTH,
        blank=True,
        help_text=_("Facultatif : pourquoi le conseil est refusé ou a été retouché."),
    )

    class Meta:
        verbose_name = _("conseil d'ange gardien")
        verbose_name_plural = _("conseils des anges gardiens")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["lesson", "status"])]

    def __str__(self):
        return self.excerpt

    @property
    def lesson_name(self):
        return self.lesson.title if self.lesson_id else self.lesson_title

    @property
    def excerpt(self):
        text = " ".join(self.text.split())
        return text if len(text) <= 60 else f"{text[:59]}…"

    @property
    def signature(self):
        """The mentor's first name only: tips are read by every learner."""
        mentor = self.mentor
        return mentor.first_name or mentor.display_name or _("un ange gardien")


class Report(MessageReport):
    """« Signaler »: anyone who can see a message or a tip can ask a facilitator to look."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signalé par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="mentoring_reports",
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    tip = models.ForeignKey(
        Tip, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )

    class Meta(MessageReport.Meta):
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(message__isnull=False, tip__isnull=True)
                | Q(message__isnull=True, tip__isnull=False),
                name="report_targets_one_thing",
            )
        ]

    def __str__(self):
        return f"{self.pk} · {self.message_id or self.tip_id}"
