from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Rechercher une leçon"),
        max_length=100,
        required=False,
        strip=True,
        error_messages={
            "max_length": _("Votre recherche est trop longue : 100 caractères au plus.")
        },
    )
