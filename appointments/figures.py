"""The appointments' part of the centre's figures for funders: one-to-one help per purpose and
per month, and whether people came, with the figures' small-number hiding. Cancelled slots,
bookings given up and appointments still to come are not counted; an erased learner's or a
forgotten visitor's appointment still is (the row stays, without a name)."""

from django.db.models import Case, Count, IntegerField, Value, When
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from figures.selectors import month_columns
from figures.tables import matrix

from .models import Booking, Purpose

CAME, MISSED, UNKNOWN = 1, 0, -1


def _held(centre_id, period):
    """Appointments that took place: one to come is not yet help given (and an erasure that
    gives it up changes no figure)."""
    start, end = period.bounds()
    end = min(end, timezone.now())
    rows = Booking.objects.filter(
        cancelled_at__isnull=True,
        slot__cancelled_at__isnull=True,
        slot__starts_at__gte=start,
        slot__starts_at__lt=end,
    )
    if centre_id is not None:
        rows = rows.filter(slot__centre_id=centre_id)
    return rows.annotate(y=ExtractYear("slot__starts_at"), m=ExtractMonth("slot__starts_at"))


def appointment_tables(centre_id, period):
    """Two tables, months × purposes and months × attendance: two queries."""
    months = month_columns(period)
    by_purpose = {
        ((row["y"], row["m"]), row["purpose"]): row["n"]
        for row in _held(centre_id, period)
        .values("y", "m", "purpose")
        .annotate(n=Count("pk"))
        .order_by()
    }
    purposes, _cells = matrix(
        slug="rendez-vous-objet",
        title=_("Rendez-vous individuels de l'Espace Public, par objet et par mois"),
        description=_(
            "Les rendez-vous réservés (par l'apprenant ou par l'accueil), sans les annulés."
        ),
        row_header=_("Mois"),
        rows=months,
        columns=list(Purpose.choices),
        values=by_purpose,
    )
    by_attendance = {
        ((row["y"], row["m"]), row["came"]): row["n"]
        for row in _held(centre_id, period)
        .annotate(
            came=Case(
                When(attended=True, then=Value(CAME)),
                When(attended=False, then=Value(MISSED)),
                default=Value(UNKNOWN),
                output_field=IntegerField(),
            )
        )
        .values("y", "m", "came")
        .annotate(n=Count("pk"))
        .order_by()
    }
    attendance, _cells = matrix(
        slug="rendez-vous-presence",
        title=_("Rendez-vous individuels : venus ou pas, par mois"),
        description=_("Ce que l'accueil a noté après chaque rendez-vous."),
        row_header=_("Mois"),
        rows=months,
        columns=[(CAME, _("venus")), (MISSED, _("pas venus")), (UNKNOWN, _("non noté"))],
        values=by_attendance,
    )
    return [purposes, attendance]
