"""The learner's side: « Mes rendez-vous » (the free slots of their centre, their own
appointments), booking one, giving it up, and the printable slip."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .bring import what_to_bring
from .forms import BookForm
from .permissions import bookings_of, is_learner, is_staff, slots_open_to

TAKEN = gettext_lazy(
    "Désolé, quelqu'un vient de prendre ce créneau juste avant vous. "
    "Choisissez-en un autre, il en reste sûrement."
)


def learner_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_learner(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def my_appointments(request):
    if request.user.is_authenticated and not is_learner(request.user) and is_staff(request.user):
        return redirect("appointments:desk")
    return _my_appointments(request)


@learner_required
def _my_appointments(request):
    return render(
        request,
        "appointments/mine.html",
        {
            "coming": selectors.coming_bookings_of(request.user),
            "past": selectors.past_bookings_of(request.user),
            "days": selectors.free_slots_for(request.user),
        },
    )


@learner_required
@require_http_methods(["GET", "POST"])
def book(request, pk):
    slot = get_object_or_404(slots_open_to(request.user).select_related("helper"), pk=pk)
    if slot.is_cancelled or slot.starts_at <= timezone.now():
        messages.info(request, _("Ce créneau n'est plus proposé : choisissez-en un autre."))
        return redirect("appointments:mine")
    if request.method == "GET" and slot.bookings.filter(cancelled_at__isnull=True).exists():
        messages.info(request, TAKEN)
        return redirect("appointments:mine")
    form = BookForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            booking = services.booking_create(
                slot=slot, learner=request.user, purpose=form.cleaned_data["purpose"]
            )
        except services.SlotTaken:
            messages.info(request, TAKEN)
            return redirect("appointments:mine")
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("C'est noté : votre rendez-vous est réservé. Vous pouvez imprimer la fiche."),
            )
            return redirect("appointments:slip", booking.pk)
    return render(request, "appointments/book.html", {"slot": slot, "form": form})


@learner_required
@require_http_methods(["GET", "POST"])
def my_cancel(request, pk):
    booking = get_object_or_404(
        bookings_of(request.user).filter(cancelled_at__isnull=True).select_related("slot"), pk=pk
    )
    if request.method == "POST":
        try:
            services.booking_cancel(booking=booking)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Votre rendez-vous est annulé. Le créneau est libre pour quelqu'un d'autre."),
            )
        return redirect("appointments:mine")
    return render(request, "appointments/my_cancel.html", {"booking": booking})


@learner_required
def slip(request, pk):
    booking = get_object_or_404(
        bookings_of(request.user)
        .filter(cancelled_at__isnull=True)
        .select_related("slot", "slot__helper", "slot__centre"),
        pk=pk,
    )
    return render(request, "appointments/slip.html", _slip_context(booking))


def _slip_context(booking, *, back=None):
    return {
        "booking": booking,
        "slot": booking.slot,
        "bring": what_to_bring(booking.purpose),
        "back": back,
    }
