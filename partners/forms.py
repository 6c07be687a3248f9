from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.forms import NAME_PATTERN, check_first_name

from .models import Organisation


class AgentInviteForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisme"),
        queryset=Organisation.objects.all(),
        empty_label=_("Choisissez l'organisme"),
        error_messages={
            "required": _("Choisissez l'organisme de l'agent."),
            "invalid_choice": _("Cet organisme n'existe pas : choisissez-en un dans la liste."),
        },
    )
    first_name = forms.CharField(
        label=_("Prénom"),
        max_length=60,
        error_messages={"required": _("Écrivez le prénom de l'agent.")},
    )
    last_name = forms.CharField(
        label=_("Nom"),
        max_length=60,
        error_messages={"required": _("Écrivez le nom de l'agent.")},
    )
    email = forms.EmailField(
        label=_("Adresse e-mail professionnelle"),
        help_text=_("L'agent s'en sert pour se connecter."),
        max_length=150,
        error_messages={
            "required": _("Écrivez l'adresse e-mail professionnelle de l'agent."),
            "invalid": _("Ce n'est pas une adresse e-mail : elle ressemble à nom@exemple.fr."),
        },
    )

    def clean_first_name(self):
        return check_first_name(self.cleaned_data["first_name"])

    def clean_last_name(self):
        value = " ".join(self.cleaned_data["last_name"].split())
        if not NAME_PATTERN.match(value):
            raise ValidationError(
                _("« %(name)s » n'est pas un nom : des lettres seulement, avec espaces ou tirets."),
                params={"name": value[:60]},
            )
        return value
