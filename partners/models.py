"""Partner organisations (the CAF, the CPAM, the tax office…), their agents, the agents'
permanences at the centre, and the questions learners ask them. Questions and answers follow
the mentoring questions' shape (read marks, edit window, moderation); their texts are stored
only once masked (`masking`)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from mentoring.limits import TEXT_MAX_LENGTH
from mentoring.message_models import ConversationMessage, MessageReport


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


class ServiceQuestion(models.Model):
    """A learner's question to one organisation, from a lesson about it or a permanence. Its
    first message is the question; then the agents' answers and the learner's follow-ups."""

    centre_path = "learner__centre"  # accounts.scope

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("apprenant"),
        on_delete=models.CASCADE,
        related_name="service_questions",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisme"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leçon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson_title = models.CharField(_("titre de la leçon"), max_length=255, blank=True)
    permanence = models.ForeignKey(
        Permanence,
        verbose_name=_("permanence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    created_at = models.DateTimeField(_("posée le"), auto_now_add=True, db_index=True)
    last_message_at = models.DateTimeField(_("dernier message"), auto_now_add=True)
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
        verbose_name = _("question à un service")
        verbose_name_plural = _("questions aux services")
        ordering = ["-last_message_at"]
        indexes = [models.Index(fields=["organisation", "-last_message_at"])]

    def __str__(self):
        return f"{self.learner_id} · {self.organisation_id} · {self.pk}"

    @property
    def lesson_name(self):
        return self.lesson.title if self.lesson_id else self.lesson_title


class ServiceMessage(ConversationMessage):
    """A message of a question to a service, stored only once masked (`masking`)."""

    centre_path = "question__learner__centre"  # accounts.scope

    question = models.ForeignKey(ServiceQuestion, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="service_messages",
    )

    class Meta(ConversationMessage.Meta):
        verbose_name = _("message à un service")
        verbose_name_plural = _("messages aux services")

    def __str__(self):
        return f"{self.question_id} · {self.pk}"


class ServiceReport(MessageReport):
    """« Signaler » on a message to a service, as on a mentor's message: the learner or an agent
    asks the centre's facilitators to look; they hide the message or keep it."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signalé par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="service_reports",
    )
    message = models.ForeignKey(ServiceMessage, on_delete=models.CASCADE, related_name="reports")

    class Meta(MessageReport.Meta):
        verbose_name = _("signalement d'un message à un service")
        verbose_name_plural = _("signalements de messages aux services")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.pk} · {self.message_id}"


class ServiceReadMark(models.Model):
    """Until when a person has read a question: unread counts in one query."""

    question = models.ForeignKey(
        ServiceQuestion, on_delete=models.CASCADE, related_name="read_marks"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="service_read_marks"
    )
    last_read_at = models.DateTimeField(_("lu jusqu'au"))

    class Meta:
        verbose_name = _("lecture")
        verbose_name_plural = _("lectures")
        constraints = [
            models.UniqueConstraint(fields=["question", "user"], name="one_service_read_mark")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.question_id}"


class FrequentQuestion(models.Model):
    """« Question fréquente »: an agent turns an answer into a public question and answer on
    the lessons about the service, shown once a facilitator approved it; no learner's name."""

    class Status(models.TextChoices):
        PENDING = "pending", _("à relire")
        APPROVED = "approved", _("approuvée")
        REJECTED = "rejected", _("refusée")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisme"),
        on_delete=models.CASCADE,
        related_name="frequent_questions",
    )
    # The centre whose facilitators review it (the agent's answer came from there).
    centre = models.ForeignKey(
        "accounts.Centre", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="+"
    )
    centre_path = "centre"  # accounts.scope
    source = models.ForeignKey(
        ServiceMessage,
        verbose_name=_("réponse d'origine"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("agent"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="partner_frequent_questions",
    )
    question = models.TextField(_("question"), max_length=TEXT_MAX_LENGTH)
    answer = models.TextField(_("réponse"), max_length=TEXT_MAX_LENGTH)
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("écrite le"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("relue par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("relue le"), null=True, blank=True)

    class Meta:
        verbose_name = _("question fréquente")
        verbose_name_plural = _("questions fréquentes")
        ordering = ["-created_at"]

    def __str__(self):
        return self.question[:60]


class QuestionFact(models.Model):
    """An anonymous fact for the centre's figures: a question went to this organisation from
    this centre at this time. No key to the person, so an erasure changes no figure."""

    centre_path = "centre"  # accounts.scope

    centre = models.ForeignKey("accounts.Centre", on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    asked_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("question posée (chiffres)")
        verbose_name_plural = _("questions posées (chiffres)")

    def __str__(self):
        return f"{self.centre_id} · {self.organisation_id} · {self.asked_at:%Y-%m}"
