"""Writes about people: creating learners, their codes, and sign-up."""

import smtplib

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage, mailers
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from .access_codes import free_username, generate_code, username_base
from .locks import person_lock
from .models import Centre, SignUp
from .roles import CODE_ROLES, LEARNERS, role_group

MAX_GROUP = 30


def _new_username(first_name):
    """A free username for this first name (one query; a race is caught by the unique index)."""
    base = username_base(first_name)
    taken = get_user_model().objects.filter(username__istartswith=base)
    return free_username(base, {name.lower() for name in taken.values_list("username", flat=True)})


def learner_create(*, centre, first_name, last_name="", group=None):
    """A learner account with a fresh access code; returns (user, code)."""
    return person_with_code_create(
        centre=centre, first_name=first_name, last_name=last_name, role=LEARNERS, group=group
    )


def person_with_code_create(*, centre, first_name, role, last_name="", group=None):
    """An account that signs in with an access card (a learner or a mentor): (user, code).
    `group`, the role's group when the caller already has it (a whole workshop group)."""
    if role not in CODE_ROLES:
        raise ValueError(f"{role} does not sign in with an access card")
    code = generate_code()
    group = group or role_group(role)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    username=_new_username(first_name),
                    password=code,
                    first_name=first_name.strip(),
                    last_name=last_name.strip(),
                    centre=centre,
                )
                user.groups.add(group)
                return user, code
        except IntegrityError:
            continue  # someone took the same username at the same moment
    raise RuntimeError("Could not create a learner account")  # pragma: no cover


class SignUpRefused(Exception):
    """Too many sign-ups just now; `message` tells the person, calmly."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def learner_sign_up(*, centre, first_name, address):
    """A learner creating their own account, within the sign-up limits: (user, code).

    The count and the new account happen under the centre's row lock, so that sign-ups at the
    same moment cannot all pass a limit they reach together (PostgreSQL)."""
    now = timezone.now()
    since = now - settings.SIGNUP_LIMIT_WINDOW
    key = salted_hmac("accounts.signup.address", address or "-", algorithm="sha256").hexdigest()
    with transaction.atomic():
        Centre.objects.select_for_update().filter(pk=centre.pk).first()
        SignUp.objects.filter(created_at__lt=since).delete()
        recent = SignUp.objects.filter(created_at__gte=since)
        if recent.filter(address=key).count() >= settings.SIGNUP_LIMIT_PER_ADDRESS:
            raise SignUpRefused(
                _(
                    "Plusieurs comptes viennent déjà d'être créés depuis cette connexion. "
                    "Réessayez dans une heure, ou demandez à l'équipe d'animation de votre centre "
                    "de créer votre compte."
                )
            )
        if recent.count() >= settings.SIGNUP_LIMIT_OVERALL:
            raise SignUpRefused(
                _(
                    "Beaucoup de personnes s'inscrivent en ce moment. Réessayez dans une heure, "
                    "ou demandez à l'équipe d'animation de votre centre de créer votre compte."
                )
            )
        user, code = learner_create(centre=centre, first_name=first_name)
        SignUp.objects.create(address=key, created_at=now)
    return user, code


@transaction.atomic
def learners_create_group(*, centre, first_names):
    """A whole workshop group at once: all accounts are made, or none."""
    group = role_group(LEARNERS)
    return [learner_create(centre=centre, first_name=name, group=group) for name in first_names]


@transaction.atomic
def learner_reset_code(*, learner):
    """A new code (the old one stops working) and the end of any sign-in lock. Two resets at
    once (two facilitators, a double click) run one after the other, each with its lock reset
    after its code is stored, never interleaved."""
    person_lock(learner)
    code = generate_code()
    learner.set_password(code)
    learner.save(update_fields=["password"])
    axes_reset(username=learner.username)
    return code


# --- the e-mail address of an account, and its sessions ---------------------------------------

EMAIL_CONFIRM_SALT = "accounts.email-confirm"


class EmailRefused(Exception):
    """An address that cannot be set or confirmed; `message` tells the person why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def user_email_request(*, user, email, confirm_url):
    """Ask for a new address: kept aside, and used only once the link sent to it is opened.

    `confirm_url(token)` gives the link's absolute address. The address in use (if any) stays
    until then, so a session left open cannot swap in another person's mailbox."""
    if not settings.MENTORING_EMAIL_ENABLED:
        raise EmailRefused(
            _(
                "Ce site n'envoie pas d'e-mails pour le moment : il n'est pas possible d'y "
                "ajouter une adresse."
            )
        )
    email = get_user_model().objects.normalize_email(email)
    token = signing.dumps({"u": user.pk, "e": email}, salt=EMAIL_CONFIRM_SALT, compress=True)
    user.pending_email = email
    user.save(update_fields=["pending_email"])
    message = EmailMessage(
        _("Pas à Pas : confirmez votre adresse e-mail"),
        _(
            "Bonjour,\n\nQuelqu'un a donné cette adresse pour le compte « %(username)s » de "
            "Pas à Pas. Si c'est vous, ouvrez ce lien pour la confirmer (il marche %(days)s "
            "jours) :\n%(url)s\n\nSinon, ne faites rien : l'adresse ne sera pas utilisée.\n"
        )
        % {
            "username": user.username,
            "days": settings.EMAIL_CONFIRM_MAX_AGE.days,
            "url": confirm_url(token),
        },
        to=[email],
    )
    try:
        mailers.default.send_messages([message])
    except (OSError, smtplib.SMTPException):
        raise EmailRefused(
            _(
                "L'e-mail de confirmation n'a pas pu partir. Réessayez plus tard : votre "
                "adresse actuelle ne change pas."
            )
        ) from None
    return token


def user_email_confirm(*, token):
    """The link of the e-mail was opened: its address becomes the account's. Returns the user."""
    refused = EmailRefused(
        _(
            "Ce lien de confirmation ne marche plus (trop ancien, déjà utilisé ou remplacé par "
            "une autre adresse). Redonnez votre adresse dans « Mon compte »."
        )
    )
    try:
        data = signing.loads(
            token,
            salt=EMAIL_CONFIRM_SALT,
            max_age=settings.EMAIL_CONFIRM_MAX_AGE.total_seconds(),
        )
    except signing.BadSignature:
        raise refused from None
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().filter(pk=data.get("u")).first()
        if user is None or not user.pending_email or user.pending_email != data.get("e"):
            raise refused
        user.email, user.pending_email = user.pending_email, ""
        user.save(update_fields=["email", "pending_email"])
    return user


def user_email_remove(*, user):
    """No more address (nor e-mails): nothing to confirm for that."""
    user.email = user.pending_email = ""
    user.notify_by_email = False
    user.save(update_fields=["email", "pending_email", "notify_by_email"])


def user_sign_out_everywhere(*, user):
    """Every session of this person ends at once, whatever the session backend: each holds a
    hash of `session_generation`, which no longer matches."""
    get_user_model().objects.filter(pk=user.pk).update(
        session_generation=F("session_generation") + 1
    )
    user.refresh_from_db(fields=["session_generation"])
