"""The facilitators' workshop pages (timetable, sessions, enrolment, attendance, sheet) and the
learner's « Mes ateliers »."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from accounts.people import staff_name
from accounts.permissions import facilitator_required

from . import selectors, services
from .forms import EnrolForm, PlacesForm, SessionForm, WorkshopForm
from .models import Enrolment, Weekday
from .permissions import (
    enrolments_of,
    may_sign_up_alone,
    sessions_managed_by,
    workshops_managed_by,
)

# The value of the « yes, really » of the actions that cannot be undone.
CONFIRM = "oui"

UPCOMING_DAYS = 21


def _centre_or_message(request):
    centre = request.user.centre
    if centre is None:
        messages.error(
            request,
            _("Votre compte n'est rattaché à aucun centre : demandez-le à l'administrateur."),
        )
    return centre


@facilitator_required
def timetable(request):
    workshops = list(
        workshops_managed_by(request.user)
        .filter(is_active=True)
        .select_related("room", "track", "facilitator")
    )
    days = [
        {"label": label, "workshops": [w for w in workshops if w.weekday == value]}
        for value, label in Weekday.choices
    ]
    now = timezone.now()
    sessions = []
    if request.user.centre_id:
        sessions = [
            session
            for session in selectors.upcoming_sessions(centre_id=request.user.centre_id, now=now)
            if session.starts_at <= now + datetime.timedelta(days=UPCOMING_DAYS)
        ]
    mine = request.GET.get("moi") == "1"
    if mine:
        sessions = [s for s in sessions if s.facilitator_id == request.user.pk]
    return render(
        request,
        "workshops/timetable.html",
        {
            "days": [day for day in days if day["workshops"]],
            "sessions": sessions,
            "mine": mine,
            "inactive": workshops_managed_by(request.user).filter(is_active=False).count(),
        },
    )


def _workshop_form(request, workshop=None):
    centre = workshop.centre if workshop else _centre_or_message(request)
    if centre is None:
        return redirect("workshops:timetable")
    if not centre.rooms.exists():
        messages.error(
            request,
            _(
                "Aucune salle n'est déclarée pour ce centre : ajoutez-en une dans l'administration "
                "(Extraits › Salles)."
            ),
        )
        return redirect("workshops:timetable")
    form = WorkshopForm(
        request.POST or None,
        instance=workshop,
        centre=centre,
        initial=None if workshop else {"facilitator": request.user.pk},
    )
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.centre = centre
        try:
            services.workshop_save(workshop=item)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("L'atelier « %(name)s » est enregistré.") % {"name": item.name}
            )
            return redirect("workshops:timetable")
    return render(request, "workshops/workshop_form.html", {"form": form, "workshop": workshop})


@facilitator_required
def workshop_add(request):
    return _workshop_form(request)


@facilitator_required
def workshop_edit(request, pk):
    return _workshop_form(request, get_object_or_404(workshops_managed_by(request.user), pk=pk))


@facilitator_required
@require_POST
def workshop_generate(request, pk):
    workshop = get_object_or_404(workshops_managed_by(request.user), pk=pk)
    created, skipped = services.sessions_generate(workshop=workshop)
    if created:
        messages.success(
            request,
            _("%(n)s séances créées pour « %(name)s ».") % {"n": len(created), "name": workshop},
        )
    else:
        messages.info(request, _("Les séances des semaines à venir existent déjà."))
    for day, reason in skipped:
        messages.warning(request, f"{day:%d/%m/%Y} : {reason}")
    return redirect("workshops:timetable")


@facilitator_required
def session_add(request):
    centre = _centre_or_message(request)
    if centre is None:
        return redirect("workshops:timetable")
    form = SessionForm(request.POST or None, centre=centre, initial={"facilitator": request.user})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = services.session_create(
                centre=centre,
                title=data["title"],
                track=data["track"],
                room=data["room"],
                facilitator=data["facilitator"],
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                places=data["places"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("La séance est créée."))
            return redirect("workshops:session", pk=session.pk)
    return render(request, "workshops/session_form.html", {"form": form})


def _managed_session(request, pk):
    return get_object_or_404(
        sessions_managed_by(request.user).select_related("room", "track", "facilitator"), pk=pk
    )


@facilitator_required
def session_detail(request, pk):
    session = _managed_session(request, pk)
    enrolled, waiting = selectors.session_people(session)
    return render(
        request,
        "workshops/session_detail.html",
        {
            "session": session,
            "enrolled": enrolled,
            "waiting": waiting,
            "free": max(session.places - len(enrolled), 0),
            "form": EnrolForm(user=request.user, session=session),
            "places_form": PlacesForm(initial={"places": session.places}),
            "is_over": session.ends_at <= timezone.now(),
        },
    )


@facilitator_required
@require_POST
def session_enrol(request, pk):
    session = _managed_session(request, pk)
    form = EnrolForm(request.POST, user=request.user, session=session)
    if not form.is_valid():
        for error in form.errors.get("learner", []):
            messages.error(request, error)
        return redirect("workshops:session", pk=pk)
    learner = form.cleaned_data["learner"]
    try:
        row = services.enrolment_add(session=session, user=learner)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("workshops:session", pk=pk)
    name = learner.first_name or learner.username
    if row.status == Enrolment.Status.ENROLLED:
        messages.success(request, _("Inscription faite pour %(name)s.") % {"name": name})
    else:
        messages.warning(
            request,
            _("La séance est complète : %(name)s est sur la liste d'attente.") % {"name": name},
        )
    return redirect("workshops:session", pk=pk)


def _session_enrolment(request, pk, enrolment_pk):
    session = _managed_session(request, pk)
    row = get_object_or_404(
        Enrolment.objects.select_related("user").exclude(status=Enrolment.Status.CANCELLED),
        pk=enrolment_pk,
        session=session,
    )
    return session, row


@facilitator_required
@require_POST
def enrolment_cancel(request, pk, enrolment_pk):
    _session, row = _session_enrolment(request, pk, enrolment_pk)
    promoted = services.enrolment_cancel(enrolment=row)
    messages.success(request, _("Inscription de %(name)s annulée.") % {"name": _person(row.user)})
    for other in Enrolment.objects.filter(pk__in=[p.pk for p in promoted]).select_related("user"):
        messages.info(
            request,
            _("%(name)s quitte la liste d'attente et a une place.") % {"name": _person(other.user)},
        )
    return redirect("workshops:session", pk=pk)


ATTENDANCE_VALUES = {"present": True, "absent": False, "unknown": None}


@facilitator_required
@require_POST
def attendance(request, pk, enrolment_pk):
    _session, row = _session_enrolment(request, pk, enrolment_pk)
    value = request.POST.get("presence", "")
    if value not in ATTENDANCE_VALUES:
        messages.error(
            request,
            _("Choisissez « présent » ou « absent »."),
        )
        return redirect("workshops:session", pk=pk)
    try:
        services.attendance_set(enrolment=row, attended=ATTENDANCE_VALUES[value])
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect(reverse("workshops:session", args=[pk]) + f"#personne-{row.pk}")


@facilitator_required
@require_POST
def session_places(request, pk):
    session = _managed_session(request, pk)
    form = PlacesForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            _("Le nombre de places va de 1 à 30."),
        )
        return redirect("workshops:session", pk=pk)
    try:
        promoted = services.session_places_set(session=session, places=form.cleaned_data["places"])
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("workshops:session", pk=pk)
    messages.success(
        request,
        ngettext(
            "Places mises à jour ; %(n)s personne quitte la liste d'attente.",
            "Places mises à jour ; %(n)s personnes quittent la liste d'attente.",
            len(promoted),
        )
        % {"n": len(promoted)},
    )
    return redirect("workshops:session", pk=pk)


@facilitator_required
@require_POST
def session_cancel(request, pk):
    session = _managed_session(request, pk)
    if request.POST.get("confirm") != CONFIRM:
        # There is no undo: the box says what it does to the people signed up.
        messages.error(
            request,
            _("La séance n'est pas annulée : cochez d'abord la case pour confirmer."),
        )
        return redirect("workshops:session", pk=pk)
    services.session_cancel(session=session)
    messages.success(
        request,
        _(
            "La séance est annulée. Les personnes inscrites le voient dans « Mes ateliers » ; "
            "prévenez par téléphone celles qui n'ont pas d'e-mail."
        ),
    )
    return redirect("workshops:timetable")


@facilitator_required
def attendance_sheet(request, pk):
    session = _managed_session(request, pk)
    enrolled, _waiting = selectors.session_people(session)
    blank_lines = max(session.places - len(enrolled), 0)
    return render(
        request,
        "workshops/attendance_sheet.html",
        {"session": session, "enrolled": enrolled, "blank_lines": range(blank_lines)},
    )


def _person(user):
    return staff_name(user)


@login_required
def my_sessions(request):
    now = timezone.now()
    may_sign_up = may_sign_up_alone(request.user)
    return render(
        request,
        "workshops/my_sessions.html",
        {
            "rows": selectors.my_sessions(request.user, now=now),
            "now": now,
            "may_sign_up": may_sign_up,
            "to_join": selectors.sessions_to_join(request.user, now=now) if may_sign_up else [],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_join(request, pk):
    """A learner signs up alone, from home: a place, or the waiting list when it is full."""
    if not may_sign_up_alone(request.user):
        raise Http404("the centre signs people up itself")
    session = get_object_or_404(
        selectors.open_sessions(request.user.centre_id).select_related("room", "facilitator"),
        pk=pk,
    )
    mine = enrolments_of(request.user).filter(session=session).first()
    if mine is not None:
        messages.info(
            request,
            _("Votre inscription à cette séance est déjà faite."),
        )
        return redirect("workshops:my_sessions")
    if session.starts_at <= timezone.now():
        messages.error(
            request,
            _("Cette séance a déjà commencé : on ne peut plus s'y inscrire d'ici."),
        )
        return redirect("workshops:my_sessions")
    if request.method == "GET":
        return render(
            request, "workshops/session_join.html", {"session": session, "confirm": CONFIRM}
        )
    if request.POST.get("confirm") != CONFIRM:
        messages.info(request, _("Rien n'a changé."))
        return redirect("workshops:my_sessions")
    try:
        row = services.enrolment_add(session=session, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("workshops:my_sessions")
    if row.status == Enrolment.Status.ENROLLED:
        text = _("C'est noté : votre place est réservée pour « %(title)s ».")
    else:
        text = _(
            "L'atelier « %(title)s » est complet : vous êtes sur la liste d'attente, et la "
            "première place libérée sera pour vous."
        )
    messages.success(request, text % {"title": session.title})
    return redirect("workshops:my_sessions")


@login_required
@require_http_methods(["GET", "POST"])
def my_enrolment_cancel(request, enrolment_pk):
    """Giving up one's place asks first: one stray click must not hand it to someone else."""
    row = enrolments_of(request.user).filter(pk=enrolment_pk).select_related("session").first()
    if row is None:
        raise Http404("not one of your sessions")
    if row.session.is_cancelled:
        messages.info(request, _("Cette séance est annulée : rien à faire."))
        return redirect("workshops:my_sessions")
    if row.session.starts_at <= timezone.now():
        messages.error(
            request,
            _("La séance a déjà commencé : parlez-en à l'équipe d'animation."),
        )
        return redirect("workshops:my_sessions")
    if request.method == "GET" or request.POST.get("confirm") != CONFIRM:
        if request.method == "POST":
            messages.info(
                request,
                _("Rien n'a changé : votre place est gardée."),
            )
            return redirect("workshops:my_sessions")
        return render(
            request,
            "workshops/my_enrolment_cancel.html",
            {"row": row, "confirm": CONFIRM, "waiting": row.status == Enrolment.Status.WAITING},
        )
    services.enrolment_cancel(enrolment=row)
    messages.success(
        request,
        _("C'est noté : vous ne venez pas à « %(title)s ». Votre place va à quelqu'un d'autre.")
        % {"title": row.session.title},
    )
    return redirect("workshops:my_sessions")
