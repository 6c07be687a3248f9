"""The facilitators' forms: a timetable line, a one-off session, enrolling a learner."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.permissions import learners_visible_to
from accounts.roles import FACILITATORS
from courses.models import CoursePage

from .models import DEFAULT_MINUTES, DEFAULT_PLACES, Room, Workshop


def _facilitators(centre):
    people = get_user_model().objects.filter(is_active=True)
    return people.filter(groups__name=FACILITATORS, centre=centre).order_by(
        "first_name", "username"
    )


def _tracks():
    return CoursePage.objects.live().order_by("path")


class CentreChoicesMixin:
    """Rooms and facilitators of the facilitator's own centre only."""

    def limit_to(self, centre):
        self.fields["room"].queryset = Room.objects.filter(centre=centre)
        self.fields["facilitator"].queryset = _facilitators(centre)
        self.fields["track"].queryset = _tracks()
        self.fields["room"].empty_label = None


class WorkshopForm(CentreChoicesMixin, forms.ModelForm):
    class Meta:
        model = Workshop
        fields = [
            "track",
            "title",
            "weekday",
            "start_time",
            "minutes",
            "room",
            "facilitator",
            "places",
            "is_active",
        ]
        widgets = {"start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args, centre, **kwargs):
        super().__init__(*args, **kwargs)
        self.centre = centre
        self.limit_to(centre)
        self.fields["facilitator"].required = True

    def clean(self):
        data = super().clean()
        room, weekday, start = data.get("room"), data.get("weekday"), data.get("start_time")
        minutes = data.get("minutes")
        if room is None or weekday is None or start is None or not minutes:
            return data
        begin = datetime.datetime.combine(datetime.date(2000, 1, 3), start)
        end = begin + datetime.timedelta(minutes=minutes)
        others = Workshop.objects.filter(room=room, weekday=weekday, is_active=True)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        for other in others:
            other_begin = datetime.datetime.combine(begin.date(), other.start_time)
            other_end = other_begin + datetime.timedelta(minutes=other.minutes)
            if other_begin < end and begin < other_end and data.get("is_active", True):
                raise ValidationError(
                    _(
                        "La salle « %(room)s » a déjà l'atelier « %(title)s » ce jour-là à "
                        "%(time)s."
                    ),
                    params={
                        "room": room.name,
                        "title": other.name,
                        "time": other.start_time.strftime("%H:%M"),
                    },
                )
        return data


class SessionForm(CentreChoicesMixin, forms.Form):
    """A one-off session (a holiday workshop, one-to-one help)."""

    title = forms.CharField(label=_("Titre"), max_length=120)
    track = forms.ModelChoiceField(
        label=_("Parcours"), queryset=CoursePage.objects.none(), required=False
    )
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(
        label=_("Heure de début"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    minutes = forms.IntegerField(
        label=_("Durée (minutes)"), min_value=15, max_value=480, initial=DEFAULT_MINUTES
    )
    room = forms.ModelChoiceField(label=_("Salle"), queryset=Room.objects.none())
    facilitator = forms.ModelChoiceField(
        label=_("Animateur"), queryset=get_user_model().objects.none(), required=False
    )
    places = forms.IntegerField(
        label=_("Places"), min_value=1, max_value=30, initial=DEFAULT_PLACES
    )

    def __init__(self, *args, centre, **kwargs):
        super().__init__(*args, **kwargs)
        self.centre = centre
        self.limit_to(centre)

    def clean(self):
        data = super().clean()
        if data.get("date") and data.get("start_time") and data.get("minutes"):
            tz = timezone.get_current_timezone()
            data["starts_at"] = datetime.datetime.combine(
                data["date"], data["start_time"], tzinfo=tz
            )
            data["ends_at"] = data["starts_at"] + datetime.timedelta(minutes=data["minutes"])
        return data


class EnrolForm(forms.Form):
    learner = forms.ModelChoiceField(
        label=_("Apprenant à inscrire"),
        queryset=get_user_model().objects.none(),
        error_messages={
            "invalid_choice": _("Cette personne n'est pas dans la liste des apprenants du centre."),
            "required": _("Choisissez un apprenant."),
        },
    )

    def __init__(self, *args, user, session, **kwargs):
        super().__init__(*args, **kwargs)
        taken = session.enrolments.exclude(status="cancelled").values("user_id")
        self.fields["learner"].queryset = (
            learners_visible_to(user)
            .filter(centre_id=session.centre_id, is_active=True)
            .exclude(pk__in=taken)
            .order_by("first_name", "username")
        )
        self.fields["learner"].label_from_instance = lambda person: (
            f"{person.first_name or person.username} ({person.username})"
        )


class PlacesForm(forms.Form):
    places = forms.IntegerField(label=_("Nombre de places"), min_value=1, max_value=30)
