import re

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .access_codes import normalize_code
from .services import MAX_GROUP

NAME_PATTERN = re.compile(r"^[^\W\d_]+(?:[ '’\-][^\W\d_]+)*$")


def check_first_name(value):
    value = " ".join(value.split())
    if not NAME_PATTERN.match(value):
        raise ValidationError(
            _(
                "« %(name)s » n'est pas un prénom : des lettres seulement, avec espaces, tirets "
                "ou apostrophes."
            ),
            params={"name": value[:60]},
        )
    return value


def idle_duration():
    """CARD_SESSION_IDLE_TIMEOUT in words: « 2 heures », « 30 minutes »."""
    minutes = int(settings.CARD_SESSION_IDLE_TIMEOUT.total_seconds() // 60)
    if minutes >= 60 and minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(n)s heure", "%(n)s heures", hours) % {"n": hours}
    return ngettext("%(n)s minute", "%(n)s minutes", minutes) % {"n": minutes}


class SignInForm(AuthenticationForm):
    """Sign-in with the username and the access code of a card."""

    username = forms.CharField(
        label=_("Identifiant"),
        max_length=150,
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    password = forms.CharField(
        label=_("Code d'accès"),
        max_length=64,
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "current-password", "autocapitalize": "none"}
        ),
    )

    personal_computer = forms.BooleanField(
        label=_("C'est mon ordinateur personnel : garder la connexion (30 jours)"),
        required=False,
    )

    error_messages = {
        "invalid_login": _(
            "L'identifiant ou le code ne correspond pas. Vérifiez votre carte : les espaces ne "
            "comptent pas."
        ),
        "inactive": _(
            "Ce compte est désactivé. Adressez-vous à l'équipe d'animation de votre atelier."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["personal_computer"].widget.attrs["aria-describedby"] = (
            "id_personal_computer_helptext"
        )
        self.fields["personal_computer"].help_text = _(
            "Ne cochez pas sur un ordinateur du centre ou prêté : sans cette case, vous êtes "
            "déconnecté après %(duration)s sans activité."
        ) % {"duration": idle_duration()}

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip()
        secret = self.cleaned_data.get("password") or ""
        user = get_user_model().objects.filter(username__iexact=username).first()
        if user is not None:
            username = user.username
            if user.is_card_holder:
                # Access codes forgive spaces, dashes and capitals; staff passwords do not.
                secret = normalize_code(secret)
            if not user.is_active and secret and user.check_password(secret):
                # A disabled account with the right code is told so, not "wrong code".
                raise ValidationError(self.error_messages["inactive"], code="inactive")
        self.cleaned_data["username"] = username
        self.cleaned_data["password"] = secret
        return super().clean()

    def full_clean(self):
        super().full_clean()
        # A wrong pair is no one field's error, yet both fields are what to correct: marked
        # invalid and described by the message, for screen readers.
        if self.has_error("__all__", "invalid_login"):
            for name in ("username", "password"):
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": "form-errors-list"}
                )


class LearnerGroupForm(forms.Form):
    first_names = forms.CharField(
        label=_("Prénoms des apprenants, un par ligne"),
        max_length=MAX_GROUP * 62,
        widget=forms.Textarea(attrs={"rows": 8, "autocomplete": "off"}),
        help_text=_("Un groupe d'atelier entier d'un coup : jusqu'à %(n)s prénoms.")
        % {"n": MAX_GROUP},
        error_messages={
            "required": _("Écrivez au moins un prénom."),
            "max_length": _("C'est trop long pour un groupe."),
        },
    )

    def clean_first_names(self):
        names = [line.strip() for line in self.cleaned_data["first_names"].splitlines()]
        names = [name for name in names if name]
        if not names:
            raise ValidationError(_("Écrivez au moins un prénom."))
        if len(names) > MAX_GROUP:
            raise ValidationError(
                _("%(n)s prénoms : c'est plus qu'un groupe. %(max)s au plus."),
                params={"n": len(names), "max": MAX_GROUP},
            )
        errors, cleaned = [], []
        for name in names:
            if len(name) > 60:
                errors.append(ValidationError(_("Un prénom a plus de 60 lettres.")))
                continue
            try:
                cleaned.append(check_first_name(name))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return cleaned


class SelfSignupForm(forms.Form):
    first_name = forms.CharField(
        label=_("Votre prénom"),
        max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Écrivez votre prénom.")},
    )

    def clean_first_name(self):
        return check_first_name(self.cleaned_data["first_name"])


class AccountEmailForm(forms.Form):
    """The address for e-mails, only for people who give one and ask for them. Adding or
    changing it asks for the person's code (or password): a session left open on a shared PC
    is not enough. The new address is used once confirmed (services.user_email_request)."""

    email = forms.EmailField(
        label=_("Mon adresse e-mail (facultative)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Cette adresse e-mail n'est pas complète, par exemple : marie@exemple.fr.")
        },
    )
    secret = forms.CharField(
        required=False,
        max_length=128,
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "current-password", "autocapitalize": "none"}
        ),
    )
    notify_by_email = forms.BooleanField(
        label=_("Me prévenir par e-mail des réponses et des questions"), required=False
    )

    def __init__(self, *args, request, **kwargs):
        self.request = request
        self.user = request.user
        initial = {
            "email": self.user.pending_email or self.user.email,
            "notify_by_email": self.user.notify_by_email,
        }
        super().__init__(*args, initial=initial, **kwargs)
        self.fields["secret"].label = (
            _("Mon code d'accès (celui de ma carte), pour ajouter ou changer l'adresse")
            if self.user.is_card_holder
            else _("Mon mot de passe, pour ajouter ou changer l'adresse")
        )
        self.changes_address = False

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email") or ""
        if cleaned.get("notify_by_email") and not email and "email" not in self.errors:
            self.add_error(
                "email",
                _("Pour être prévenu par e-mail, écrivez votre adresse."),
            )
        self.changes_address = bool(email) and email.lower() != self.user.email.lower()
        if self.changes_address:
            self._check_secret(cleaned.get("secret") or "")
        return cleaned

    def _check_secret(self, secret):
        if self.user.is_card_holder:
            secret = normalize_code(secret)
        if not secret:
            self.add_error(
                "secret",
                _("Pour ajouter ou changer l'adresse, écrivez aussi votre code d'accès."),
            )
            return
        # Through django-axes, like a sign-in: wrong codes here count towards the same lock.
        if authenticate(self.request, username=self.user.username, password=secret) != self.user:
            self.add_error(
                "secret",
                _("Ce code ne correspond pas. Vérifiez votre carte : les espaces ne comptent pas."),
            )
