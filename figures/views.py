"""The facilitators' figures: the desk tally, the dashboard and its CSV, a learner's public."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from pasapas.csv_files import csv_response

from accounts import scope
from accounts.models import Centre, Public
from accounts.permissions import facilitator_required, learners_visible_to

from . import selectors, services
from .forms import LearnerPublicForm, PeriodForm, VisitForm
from .models import Purpose, Visit


def _no_centre(request):
    messages.error(
        request,
        _("Votre compte n'est rattaché à aucun centre : demandez-le à l'administrateur."),
    )


def _form_errors(form):
    return " ".join(error for errors in form.errors.values() for error in errors)


# The desk of the Espace Public


def _desk_context(request, centre, form=None):
    today = timezone.localdate()
    counts = {
        (row["purpose"], row["public"]): row["n"]
        for row in Visit.objects.filter(centre=centre, date=today)
        .values("purpose", "public")
        .annotate(n=Count("pk"))
        .order_by()
    }
    publics = list(Public.choices) + [("", _("non précisé"))]
    groups = [
        {
            "purpose": purpose,
            "label": label,
            "total": sum(n for (p, _public), n in counts.items() if p == purpose),
            "buttons": [
                {"public": public, "label": public_label, "count": counts.get((purpose, public), 0)}
                for public, public_label in publics
            ],
        }
        for purpose, label in Purpose.choices
    ]
    can_undo = Visit.objects.filter(
        centre=centre, recorded_by=request.user, created_at__date=today
    ).exists()
    return {
        "centre": centre,
        "today": today,
        "total": sum(counts.values()),
        "groups": groups,
        "can_undo": can_undo,
        "form": form or VisitForm(),
    }


@facilitator_required
def visits(request):
    centre = request.user.centre
    if centre is None:
        _no_centre(request)
        return render(request, "figures/visits.html", {"centre": None})
    if request.method != "POST":
        return render(request, "figures/visits.html", _desk_context(request, centre))
    form = VisitForm(request.POST)
    if form.is_valid():
        try:
            visit = services.visit_record(
                centre=centre,
                public=form.cleaned_data["public"],
                purpose=form.cleaned_data["purpose"],
                date=form.cleaned_data["date"],
                recorded_by=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("+1 : %(purpose)s, %(public)s.")
                % {
                    "purpose": visit.get_purpose_display(),
                    "public": visit.get_public_display() or _("public non précisé"),
                },
            )
            return redirect("figures:visits")
    else:
        messages.error(request, _form_errors(form))
    return render(request, "figures/visits.html", _desk_context(request, centre, form), status=400)


@facilitator_required
@require_POST
def visit_undo(request):
    centre = request.user.centre
    if centre is None:
        _no_centre(request)
        return redirect("figures:visits")
    undone = services.visit_undo_last(centre=centre, recorded_by=request.user)
    if undone is None:
        messages.error(
            request,
            _("Vous n'avez rien saisi aujourd'hui : rien à annuler."),
        )
    else:
        messages.success(request, _("Votre dernière saisie est annulée."))
    return redirect("figures:visits")


# The dashboard


def _scope(request):
    """(form, centre id or None for all, centre for the title, whether the user may see any)."""
    default = selectors.Period.last_twelve_months()
    user = request.user
    every_centre = scope.centre_ids(user) is scope.EVERY_CENTRE
    centres = list(Centre.objects.order_by("name")) if every_centre else None
    form = PeriodForm(request.GET or None, default=default, centres=centres)
    if every_centre:
        centre_id = None
        if form.is_bound and form.is_valid() and form.cleaned_data.get("centre"):
            centre_id = int(form.cleaned_data["centre"])
        centre = next((c for c in centres if c.pk == centre_id), None)
        return form, centre_id, centre, True
    return form, user.centre_id, user.centre, bool(scope.centre_ids(user))


def _period(form):
    if not form.is_bound:
        return form.default
    if not form.is_valid():
        return None
    return selectors.Period(first=form.cleaned_data["start"], last=form.cleaned_data["end"])


def _period_label(period):
    return _("de %(start)s à %(end)s") % {
        "start": date_format(period.first, "F Y"),
        "end": date_format(period.last, "F Y"),
    }


@facilitator_required
def dashboard(request):
    form, centre_id, centre, allowed = _scope(request)
    period = _period(form)
    tables = []
    if not allowed:
        _no_centre(request)
    elif period is not None:
        tables = selectors.centre_figures(centre_id=centre_id, period=period)
    return render(
        request,
        "figures/dashboard.html",
        {
            "form": form,
            "centre": centre,
            "period": period,
            "period_label": _period_label(period) if period else "",
            "tables": tables,
            "is_empty": bool(tables) and all(table.is_empty for table in tables),
            "query": request.GET.urlencode(),
        },
    )


@facilitator_required
def export_csv(request):
    form, centre_id, centre, allowed = _scope(request)
    period = _period(form)
    if not allowed or period is None:
        message = _form_errors(form) if allowed else _("Aucun centre.")
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    tables = selectors.centre_figures(centre_id=centre_id, period=period)
    rows = [
        [
            _("Pas à Pas — chiffres anonymes"),
            centre.name if centre else _("Tous les centres"),
            _period_label(period),
        ],
        [
            _(
                "« <5 » : de 1 à 4, caché. « masqué » : caché pour qu'on ne puisse pas "
                "retrouver un « <5 » à partir des totaux."
            )
        ],
    ]
    for table in tables:
        rows += [[], [table.title], [table.row_header, *table.columns]]
        rows += [[row.label, *(cell.csv for cell in row.cells)] for row in table.rows]
    return csv_response(rows, name=f"chiffres-{period.first:%Y-%m}-{period.last:%Y-%m}")


# A learner's public, set from the learner's page


@facilitator_required
@require_POST
def learner_public(request, pk):
    learner = get_object_or_404(learners_visible_to(request.user), pk=pk)
    form = LearnerPublicForm(request.POST)
    if form.is_valid():
        services.learner_public_set(learner=learner, public=form.cleaned_data["public"])
        messages.success(request, _("C'est enregistré."))
    else:
        messages.error(request, _form_errors(form))
    return redirect("accounts:learner_detail", pk=learner.pk)
