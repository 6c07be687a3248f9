from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import check_first_name

from .limits import REASON_MAX_LENGTH, TEXT_MAX_LENGTH
from .text import clean_text


def _text_field(label, help_text="", rows=5):
    return forms.CharField(
        label=label,
        help_text=help_text,
        strip=False,  # clean_text trims, and counts what the person really typed
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": TEXT_MAX_LENGTH}),
        error_messages={"required": _("Le message est vide : écrivez quelques mots.")},
    )


class TextForm(forms.Form):
    """A plain-text message: an answer, a follow-up, a correction."""

    text = _text_field(_("Votre message"))

    def clean_text(self):
        return clean_text(self.cleaned_data["text"])


class QuestionForm(TextForm):
    step = forms.ChoiceField(label=_("Sur quelle partie ?"), required=False)
    text = _text_field(
        _("Votre question"),
        help_text=_(
            "Avec vos mots, comme vous le diriez. Votre ange gardien et l'équipe d'animation "
            "la liront."
        ),
    )
    field_order = ["step", "text"]

    def __init__(self, *args, steps=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["step"].choices = [("", _("Toute la leçon")), *steps]
        self.fields["step"].error_messages["invalid_choice"] = _(
            "Cette étape n'est pas dans la leçon : choisissez-en une dans la liste."
        )
        if not steps:
            self.fields["step"].widget = forms.HiddenInput()


class TipForm(TextForm):
    text = _text_field(
        _("Votre conseil"),
        help_text=_(
            "Une astuce qui vous a été utile. L'équipe d'animation la relit ; ensuite tous les "
            "apprenants la voient sur cette leçon, signée de votre prénom."
        ),
        rows=4,
    )


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Pourquoi ? (facultatif)"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": REASON_MAX_LENGTH}),
    )

    def clean_reason(self):
        return clean_text(self.cleaned_data["reason"], max_length=REASON_MAX_LENGTH, required=False)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person):
        name = person.display_name or person.get_full_name() or person.username
        return f"{name} ({person.username})"


class PairingForm(forms.Form):
    mentor = PersonChoiceField(
        label=_("Ange gardien"),
        queryset=None,
        empty_label=_("— choisir —"),
        error_messages={
            "required": _("Choisissez un ange gardien."),
            "invalid_choice": _("Cette personne n'est pas un ange gardien de votre centre."),
        },
    )
    learner = PersonChoiceField(
        label=_("Apprenant"),
        queryset=None,
        empty_label=_("— choisir —"),
        error_messages={
            "required": _("Choisissez un apprenant."),
            "invalid_choice": _("Cette personne n'est pas un apprenant de votre centre."),
        },
    )

    def __init__(self, *args, mentors, learners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentor"].queryset = mentors
        self.fields["learner"].queryset = learners


class MentorGrantForm(forms.Form):
    person = PersonChoiceField(
        label=_("Apprenant qui devient ange gardien"),
        queryset=None,
        empty_label=_("— choisir —"),
        error_messages={
            "required": _("Choisissez une personne."),
            "invalid_choice": _("Cette personne n'est pas un apprenant de votre centre."),
        },
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = candidates


class MentorCreateForm(forms.Form):
    first_name = forms.CharField(
        label=_("Prénom de l'ange gardien"),
        max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Écrivez un prénom."),
            "max_length": _("Un prénom a 60 lettres au plus."),
        },
    )

    def clean_first_name(self):
        return check_first_name(self.cleaned_data["first_name"])
