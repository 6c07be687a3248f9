from django import forms
from django.utils.translation import gettext_lazy as _

from .choice import SIZES, ReadingChoice


class ReadingChoiceForm(forms.Form):
    size = forms.TypedChoiceField(
        choices=list(SIZES.items()),
        coerce=int,
        error_messages={
            "required": _("Choisissez une taille de texte."),
            "invalid_choice": _("Cette taille de texte n'existe pas."),
        },
    )
    contrast = forms.BooleanField(required=False)
    spacing = forms.BooleanField(required=False)
    motion = forms.BooleanField(required=False)

    def choice(self):
        data = self.cleaned_data
        return ReadingChoice(data["size"], data["contrast"], data["spacing"], data["motion"])
