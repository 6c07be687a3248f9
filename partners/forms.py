import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.forms import NAME_PATTERN, check_first_name
from accounts.models import Centre
from mentoring.forms import TextForm
from mentoring.limits import TEXT_MAX_LENGTH
from mentoring.text import clean_text
from workshops.models import Session

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


class PermanenceForm(forms.Form):
    """A permanence at a workshop session, or at a place (the Espace Public desk) and time."""

    centre = forms.ModelChoiceField(
        label=_("Centre"),
        queryset=Centre.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": _("Choisissez un des centres que vous servez.")},
    )
    session = forms.ModelChoiceField(
        label=_("Pendant une séance d'atelier (facultatif)"),
        queryset=Session.objects.none(),
        required=False,
        empty_label=_("Non : à un autre moment"),
        help_text=_("La date, l'heure et le lieu sont alors ceux de la séance."),
        error_messages={
            "invalid_choice": _("Cette séance n'est pas proposée : choisissez-en une.")
        },
    )
    date = forms.DateField(
        label=_("Date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Écrivez une date, par exemple 14/01/2027.")},
    )
    start_time = forms.TimeField(
        label=_("Heure de début"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        error_messages={"invalid": _("Écrivez une heure, par exemple 14:00.")},
    )
    end_time = forms.TimeField(
        label=_("Heure de fin"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        error_messages={"invalid": _("Écrivez une heure, par exemple 16:00.")},
    )
    place = forms.CharField(
        label=_("Lieu"), max_length=120, required=False, initial=_("Espace Public")
    )

    def __init__(self, *args, centre_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["centre"].queryset = Centre.objects.filter(pk__in=sorted(centre_ids))
        self.fields["session"].queryset = Session.objects.filter(
            centre_id__in=sorted(centre_ids),
            is_cancelled=False,
            starts_at__gt=timezone.now(),
            starts_at__lt=timezone.now() + datetime.timedelta(days=90),
        ).order_by("starts_at")

    def clean(self):
        data = super().clean()
        if data.get("session") is not None or self.errors:
            return data
        missing = [name for name in ("date", "start_time", "end_time") if not data.get(name)]
        for name in missing:
            self.add_error(name, _("Choisissez une séance, ou donnez la date et les heures."))
        if not missing:
            tz = timezone.get_current_timezone()
            data["starts_at"] = datetime.datetime.combine(
                data["date"], data["start_time"], tzinfo=tz
            )
            data["ends_at"] = datetime.datetime.combine(data["date"], data["end_time"], tzinfo=tz)
        return data


class ServiceQuestionForm(TextForm):
    text = forms.CharField(
        label=_("Votre question"),
        help_text=_(
            "Avec vos mots. N'écrivez pas vos numéros (sécurité sociale, allocataire, fiscal, "
            "bancaire, téléphone) : l'agent n'en a pas besoin ici, et nous les cachons."
        ),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": TEXT_MAX_LENGTH}),
        error_messages={"required": _("Le message est vide : écrivez quelques mots.")},
    )


class ServiceMessageForm(ServiceQuestionForm):
    """An answer, a follow-up or a correction: the same care for numbers."""

    text = forms.CharField(
        label=_("Votre message"),
        help_text=ServiceQuestionForm.base_fields["text"].help_text,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": TEXT_MAX_LENGTH}),
        error_messages={"required": _("Le message est vide : écrivez quelques mots.")},
    )


class FrequentQuestionForm(forms.Form):
    """The agent rewrites the question and the answer for everyone: no name, no number."""

    question = forms.CharField(
        label=_("La question, pour tout le monde"),
        help_text=_("Sans le prénom de l'apprenant ni rien de sa situation personnelle."),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX_LENGTH}),
        error_messages={"required": _("Écrivez la question.")},
    )
    answer = forms.CharField(
        label=_("La réponse"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": TEXT_MAX_LENGTH}),
        error_messages={"required": _("Écrivez la réponse.")},
    )

    def clean_question(self):
        return clean_text(self.cleaned_data["question"])

    def clean_answer(self):
        return clean_text(self.cleaned_data["answer"])
