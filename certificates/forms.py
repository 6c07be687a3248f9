from django import forms
from django.utils.translation import gettext_lazy as _


class CheckForm(forms.Form):
    code = forms.CharField(
        label=_("Code de vérification"),
        help_text=_("Il est imprimé en bas de l'attestation, par exemple PAP-7K3M-9QXD-4HTA."),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Raison du retrait"),
        max_length=1000,
        error_messages={"required": _("Indiquez pourquoi l'attestation est retirée.")},
    )


class IssueForm(forms.Form):
    family_name = forms.CharField(
        label=_("Nom de famille à ajouter (facultatif)"),
        max_length=80,
        required=False,
        error_messages={"max_length": _("Ce nom est trop long : 80 caractères au plus.")},
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
