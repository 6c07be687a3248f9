"""The staff's side (facilitators and « Conseillers emploi » of the centre): the week's slots
with who comes, publishing slots, booking for someone at the desk, cancelling, attendance."""

import datetime
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from . import selectors, services
from .forms import DeskBookForm, PublishForm
from .permissions import bookings_run_by, is_staff, slots_run_by
from .views import _slip_context

CONFIRM = "oui"
WEEK = 7


def staff_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _start(value):
    """The first day shown: ?du=YYYY-MM-DD, else today (anything else is today too)."""
    try:
        day = datetime.date.fromisoformat(value or "")
    except ValueError:
        return timezone.localdate()
    if not datetime.date(2000, 1, 1) <= day <= datetime.date(2100, 1, 1):
        return timezone.localdate()
    return day


@staff_required
def desk(request):
    start = _start(request.GET.get("du"))
    days = selectors.staff_days(request.user, start=start, days=WEEK)
    for day in days:
        for slot in day["slots"]:
            slot.booking = selectors.active_booking(slot)
    return render(
        request,
        "appointments/desk.html",
        {
            "days": days,
            "start": start,
            "end": start + datetime.timedelta(days=WEEK - 1),
            "previous": start - datetime.timedelta(days=WEEK),
            "next": start + datetime.timedelta(days=WEEK),
            "today": timezone.localdate(),
        },
    )


@staff_required
@require_http_methods(["GET", "POST"])
def publish(request):
    centre = request.user.centre
    if centre is None:
        messages.error(
            request,
            _("Votre compte n'est rattaché à aucun centre : demandez-le à l'administrateur."),
        )
        return redirect("appointments:desk")
    form = PublishForm(request.POST or None, centre=centre, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created, skipped = services.slots_publish(
                centre=centre,
                first_day=data["day"],
                start=data["start"],
                end=data["end"],
                minutes=data["minutes"],
                weeks=data["weeks"],
                room=data["room"],
                helper=data["helper"],
                note=data["note"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            text = ngettext("%(n)s créneau publié.", "%(n)s créneaux publiés.", created) % {
                "n": created
            }
            if skipped:
                text += " " + ngettext(
                    "%(n)s existait déjà : il n'a pas été recopié.",
                    "%(n)s existaient déjà : ils n'ont pas été recopiés.",
                    skipped,
                ) % {"n": skipped}
            messages.success(request, text)
            return redirect(f"{reverse('appointments:desk')}?du={data['day'].isoformat()}")
    return render(request, "appointments/publish.html", {"form": form})


def _slot_or_404(request, pk):
    return get_object_or_404(slots_run_by(request.user).select_related("helper", "centre"), pk=pk)


@staff_required
def slot_detail(request, pk):
    slot = _slot_or_404(request, pk)
    booking = selectors.active_booking(slot)
    return render(
        request,
        "appointments/slot.html",
        {
            "slot": slot,
            "booking": booking,
            "form": DeskBookForm(centre_id=slot.centre_id),
            "is_over": slot.starts_at <= timezone.now(),
            "may_mark": timezone.localdate(slot.starts_at) <= timezone.localdate(),
        },
    )


@staff_required
@require_POST
def slot_book(request, pk):
    slot = _slot_or_404(request, pk)
    form = DeskBookForm(request.POST, centre_id=slot.centre_id)
    if form.is_valid():
        data = form.cleaned_data
        try:
            if data["learner"] is not None:
                services.booking_create(
                    slot=slot, learner=data["learner"], purpose=data["purpose"], by=request.user
                )
            else:
                services.booking_create_for_visitor(
                    slot=slot,
                    name=data["visitor_name"],
                    phone=data["visitor_phone"],
                    purpose=data["purpose"],
                    by=request.user,
                )
        except services.SlotTaken:
            messages.info(
                request, _("Ce créneau vient d'être pris ou annulé : choisissez-en un autre.")
            )
            return redirect("appointments:slot", slot.pk)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Le rendez-vous est réservé. Imprimez la fiche pour la personne.")
            )
            return redirect("appointments:slot", slot.pk)
    return render(
        request,
        "appointments/slot.html",
        {
            "slot": slot,
            "booking": selectors.active_booking(slot),
            "form": form,
            "is_over": slot.starts_at <= timezone.now(),
            "may_mark": False,
        },
        status=400,
    )


@staff_required
@require_POST
def slot_cancel(request, pk):
    slot = _slot_or_404(request, pk)
    if request.POST.get("confirm") != CONFIRM:
        messages.error(request, _("Cochez la case pour confirmer l'annulation du créneau."))
        return redirect("appointments:slot", slot.pk)
    try:
        services.slot_cancel(slot=slot)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("appointments:slot", slot.pk)
    messages.success(
        request, _("Le créneau est annulé. La personne inscrite le verra sur sa page d'accueil.")
    )
    return redirect(
        f"{reverse('appointments:desk')}?du={timezone.localdate(slot.starts_at).isoformat()}"
    )


def _booking_or_404(request, pk):
    return get_object_or_404(
        bookings_run_by(request.user)
        .filter(cancelled_at__isnull=True)
        .select_related("slot", "slot__helper", "slot__centre", "learner"),
        pk=pk,
    )


@staff_required
@require_POST
def booking_cancel(request, pk):
    booking = _booking_or_404(request, pk)
    try:
        services.booking_cancel(booking=booking)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("La réservation est annulée : le créneau est de nouveau libre.")
        )
    return redirect("appointments:slot", booking.slot_id)


@staff_required
@require_POST
def attendance(request, pk):
    booking = _booking_or_404(request, pk)
    answer = request.POST.get("venu")
    if answer not in ("oui", "non"):
        messages.error(request, _("Choisissez « Venu » ou « Pas venu »."))
    else:
        try:
            services.booking_mark_attendance(booking=booking, attended=answer == "oui")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    back = request.POST.get("retour")
    if back == "semaine":
        day = timezone.localdate(booking.slot.starts_at).isoformat()
        return redirect(f"{reverse('appointments:desk')}?du={day}#creneau-{booking.slot_id}")
    return redirect("appointments:slot", booking.slot_id)


@staff_required
def staff_slip(request, pk):
    booking = _booking_or_404(request, pk)
    return render(
        request,
        "appointments/slip.html",
        _slip_context(booking, back=reverse("appointments:slot", args=[booking.slot_id])),
    )
