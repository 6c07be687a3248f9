"""People: the custom user model (in place from the first migration) and the centres they
belong to. Courses are shared by all centres; people and their data are not."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class Centre(models.Model):
    centre_path = "pk"  # accounts.scope: a centre is its own centre

    name = models.CharField(_("nom"), max_length=120, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=60, unique=True)
    address = models.TextField(_("adresse"), blank=True)
    learners_sign_up = models.BooleanField(
        _("les apprenants s'inscrivent eux-mêmes aux ateliers"),
        default=True,
        help_text=_(
            "Dans « Mes ateliers », les apprenants voient les prochaines séances et peuvent s'y "
            "inscrire (ou se mettre sur la liste d'attente). Sinon, seul l'animateur inscrit."
        ),
    )
    # Privacy by default: nothing leaves for a Learning Record Store until the centre says so.
    sends_learning_records = models.BooleanField(
        _("envoyer les traces d'apprentissage à l'entrepôt xAPI"),
        default=False,
        help_text=_(
            "Si le site est relié à un entrepôt de traces (LRS), les leçons, exercices, "
            "attestations et présences des apprenants de ce centre y sont envoyés, sous un "
            "identifiant anonyme : jamais leur nom ni leur adresse e-mail."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.name


class Public(models.TextChoices):
    """The publics the centre reports on to its partners (the categories of its own figures)."""

    JOB_SEEKER = "job_seeker", _("demandeur d'emploi")
    WORKING = "working", _("salarié ou chef d'entreprise")
    RETIRED = "retired", _("retraité")
    STUDENT = "student", _("étudiant")
    OTHER = "other", _("autre")


class User(AbstractUser):
    """A person of the platform. E-mail is optional: many learners have none."""

    centre_path = "centre"  # accounts.scope

    email = models.EmailField(_("adresse e-mail"), blank=True)
    display_name = models.CharField(
        _("nom affiché"),
        max_length=80,
        blank=True,
        help_text=_("Le prénom ou le surnom montré aux autres (facultatif)."),
    )
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    public = models.CharField(
        _("public"),
        max_length=12,
        choices=Public.choices,
        blank=True,
        help_text=_(
            "Pour les chiffres anonymes du centre (demandeur d'emploi, retraité…). Facultatif."
        ),
    )
    notify_by_email = models.BooleanField(
        _("prévenir par e-mail"),
        default=False,
        help_text=_(
            "Un e-mail quand une réponse ou une question arrive. Seulement si la personne l'a "
            "demandé et a donné une adresse."
        ),
    )

    pending_email = models.EmailField(
        _("adresse e-mail à confirmer"),
        blank=True,
        help_text=_("Utilisée seulement une fois confirmée par le lien envoyé à cette adresse."),
    )
    # « Se déconnecter de partout » adds one: every session signed with the old value ends.
    session_generation = models.PositiveIntegerField(default=0, editable=False)

    class Meta(AbstractUser.Meta):
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        permissions = [
            ("manage_learners", _("Peut gérer les apprenants de son centre")),
        ]

    def __str__(self):
        return self.display_name or self.get_full_name() or self.username

    @property
    def greeting_name(self):
        return self.display_name or self.first_name or self.username

    @cached_property
    def is_card_holder(self):
        """Signs in with a printed access card (a learner, a mentor), not a password. Staff
        (facilitators, admins) keep their password, even when they are mentors too."""
        from .roles import CODE_ROLES, FACILITATORS

        if self.pk is None or self.is_superuser or self.is_staff:
            return False
        names = set(self.groups.values_list("name", flat=True))
        return bool(names & set(CODE_ROLES)) and FACILITATORS not in names

    def has_usable_password(self):
        # A card's code is not a password: no reset link, by any form (Wagtail's, Django's),
        # whatever address is set. A lost card means a new code from the facilitator.
        return super().has_usable_password() and not self.is_card_holder

    def _get_session_auth_hash(self, secret=None):
        if not self.session_generation:  # sessions from before the field stay valid
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "accounts.User.session_auth_hash",
            f"{self.password}:{self.session_generation}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()


@register_setting(icon="group")
class SignupSettings(BaseSiteSetting):
    """Whether learners revising at home may create their own account, and in which centre."""

    self_signup_centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre des inscriptions libres"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Laissez vide pour que seuls les animateurs créent les comptes. Sinon, une personne "
            "peut créer son compte elle-même ; il est rattaché à ce centre."
        ),
    )

    class Meta:
        verbose_name = _("inscriptions")


class SignUp(models.Model):
    """One self sign-up, for its limits: when, and from which address, as a keyed hash (the
    address itself is never stored). Rows older than the limits' window are deleted."""

    address = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("inscription libre")
        verbose_name_plural = _("inscriptions libres")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M}"
