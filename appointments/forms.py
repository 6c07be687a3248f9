"""The forms of appointments: publish slots, book one (the learner), book for someone (the
desk). Each says what is wrong in plain French and stores nothing until all is right."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshops.models import Room

from .models import Duration, Purpose
from .permissions import helpers_of, learners_of
from .services import MAX_WEEKS

PHONE = re.compile(r"^\+?[0-9][0-9 .\-]{7,18}[0-9]$")


class PublishForm(forms.Form):
    """One slot, an afternoon of slots, or the same every week for a few weeks."""

    day = forms.DateField(
        label=_("Date (la première, pour une série)"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Écrivez une date, par exemple 14/01/2027.")},
    )
    start = forms.TimeField(
        label=_("De"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Écrivez une heure, par exemple 14:00.")},
    )
    end = forms.TimeField(
        label=_("À"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Écrivez une heure, par exemple 17:00.")},
        help_text=_("Pour un seul créneau : l'heure de début plus la durée."),
    )
    minutes = forms.TypedChoiceField(
        label=_("Durée de chaque créneau"),
        choices=Duration.choices,
        coerce=int,
        initial=Duration.HALF_HOUR,
    )
    weeks = forms.IntegerField(
        label=_("Pendant combien de semaines"),
        min_value=1,
        max_value=MAX_WEEKS,
        initial=1,
        help_text=_("1 pour cette date seulement ; 8 pour le même jour pendant 8 semaines."),
        error_messages={
            "invalid": _("Écrivez un nombre de semaines."),
            "min_value": _("Au moins 1 semaine."),
            "max_value": _("Au plus %(limit_value)s semaines."),
        },
    )
    room = forms.ModelChoiceField(
        label=_("Lieu"),
        queryset=Room.objects.none(),
        required=False,
        empty_label=_("L'accueil"),
    )
    helper = forms.ModelChoiceField(
        label=_("Qui aide"), queryset=helpers_of(None), empty_label=None
    )
    note = forms.CharField(
        label=_("Remarque (facultatif)"),
        max_length=200,
        required=False,
        help_text=_("Montrée aux apprenants, par exemple : « apportez votre clé USB »."),
    )

    def __init__(self, *args, centre, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["room"].queryset = Room.objects.filter(centre=centre).order_by("name")
        self.fields["helper"].queryset = helpers_of(centre.pk)
        if not self.is_bound:
            self.initial.setdefault("helper", user.pk)
            self.initial.setdefault("day", timezone.localdate() + datetime.timedelta(days=1))
            self.initial.setdefault("start", datetime.time(14, 0))
            self.initial.setdefault("end", datetime.time(17, 0))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("L'heure de fin vient après l'heure de début."))
        return data


class BookForm(forms.Form):
    """The learner says what they come for: the plain-French list."""

    purpose = forms.ChoiceField(
        label=_("Pour quoi venez-vous ?"),
        choices=Purpose.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez pour quoi vous venez."),
            "invalid_choice": _("Choisissez pour quoi vous venez."),
        },
    )


class DeskBookForm(BookForm):
    """The desk books for a learner of the centre, or for a visitor without an account."""

    learner = forms.ModelChoiceField(
        label=_("Un apprenant du centre"),
        queryset=learners_of(None),
        required=False,
        empty_label=_("— Personne sans compte —"),
    )
    visitor_name = forms.CharField(
        label=_("Ou le prénom d'une personne sans compte"), max_length=60, required=False
    )
    visitor_phone = forms.CharField(
        label=_("Son téléphone (facultatif)"),
        max_length=20,
        required=False,
        help_text=_("Pour la prévenir si le rendez-vous change. Effacé 30 jours après."),
    )

    def __init__(self, *args, centre_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["learner"].queryset = learners_of(centre_id)
        self.fields["purpose"].label = _("Pour quoi vient la personne ?")
        self.fields["purpose"].error_messages["required"] = _(
            "Choisissez pour quoi la personne vient."
        )

    def clean_visitor_phone(self):
        phone = self.cleaned_data["visitor_phone"].strip()
        if phone and not PHONE.match(phone):
            raise ValidationError(_("Écrivez un numéro de téléphone, par exemple 06 12 34 56 78."))
        return phone

    def clean(self):
        data = super().clean()
        learner = data.get("learner")
        name = " ".join(data.get("visitor_name", "").split())
        data["visitor_name"] = name
        if learner is None and not name and "learner" not in self.errors:
            raise ValidationError(
                _("Choisissez un apprenant, ou écrivez le prénom d'une personne sans compte.")
            )
        if learner is not None and name:
            raise ValidationError(_("Choisissez un apprenant ou écrivez un prénom, pas les deux."))
        return data
