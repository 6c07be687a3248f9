"""The period of the dashboard (« du mois … au mois … ») and the desk's catch-up form."""

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Public

from .models import Purpose

MAX_MONTHS = 36
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class MonthField(forms.CharField):
    """A month written 2026-03 (what <input type="month"> sends), as its first day."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "2026-03", "size": 8})

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        match = MONTH.match(value)
        if match and 1 <= int(match.group(2)) <= 12 and int(match.group(1)) >= 2000:
            return datetime.date(int(match.group(1)), int(match.group(2)), 1)
        raise forms.ValidationError(
            _("Mois non reconnu : écrivez-le ainsi : 2026-03."),
            code="month",
        )


class PeriodForm(forms.Form):
    start = MonthField(label=_("Du mois"), required=False)
    end = MonthField(label=_("au mois"), required=False)

    def __init__(self, *args, default, centres=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
        # The fields show the period on view, not an empty month picker.
        self.fields["start"].initial = f"{default.first:%Y-%m}"
        self.fields["end"].initial = f"{default.last:%Y-%m}"
        if centres is not None:
            self.fields["centre"] = forms.ChoiceField(
                label=_("Centre"),
                required=False,
                choices=[("", _("Tous les centres"))]
                + [(str(centre.pk), centre.name) for centre in centres],
                error_messages={
                    "invalid_choice": _("Ce centre n'existe pas."),
                },
            )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        start = data.get("start") or self.default.first
        end = data.get("end") or self.default.last
        if end < start:
            raise forms.ValidationError(
                _("Le mois de fin vient avant le mois de début."),
                code="order",
            )
        if (end.year - start.year) * 12 + end.month - start.month >= MAX_MONTHS:
            raise forms.ValidationError(_("Choisissez au plus 36 mois."), code="too_long")
        data["start"], data["end"] = start, end
        return data


class VisitForm(forms.Form):
    """A visit of another day (a forgotten « +1 »); the buttons post the same fields."""

    public = forms.ChoiceField(
        label=_("Public"),
        required=False,
        choices=[("", _("non précisé"))] + list(Public.choices),
    )
    purpose = forms.ChoiceField(label=_("Motif"), choices=Purpose.choices)
    date = forms.DateField(
        label=_("Jour"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Date non reconnue : choisissez un jour.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["public"].error_messages["invalid_choice"] = _("Ce public n'existe pas.")
        self.fields["purpose"].error_messages["invalid_choice"] = _("Ce motif n'existe pas.")
        self.fields["purpose"].error_messages["required"] = _("Choisissez un motif.")


class LearnerPublicForm(forms.Form):
    public = forms.ChoiceField(
        label=_("Public (pour les chiffres anonymes)"),
        required=False,
        choices=[("", _("non renseigné"))] + list(Public.choices),
        error_messages={"invalid_choice": _("Ce public n'existe pas.")},
    )
